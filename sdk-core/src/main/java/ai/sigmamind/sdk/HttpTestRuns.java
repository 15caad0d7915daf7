package ai.sigmamind.sdk;

import java.util.Objects;

/**
 * {@link TestRuns} over HTTP: the generated operations, unwrapped. A record of the raw operations
 * it unwraps, its component named for the {@code withRawResponse()} its interface declares.
 */
record HttpTestRuns(RawTestRuns withRawResponse) implements TestRunsHttpOperations, TestRuns {
  @Override
  public String batchId() {
    return Objects.requireNonNull(withRawResponse.batchId, "a test-runs handle has a batch");
  }

  @Override
  public String toString() {
    return "TestRuns{agentId=" + withRawResponse.agentId + ", batchId=" + withRawResponse.batchId + "}";
  }
}
