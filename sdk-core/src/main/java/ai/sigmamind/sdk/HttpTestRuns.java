package ai.sigmamind.sdk;

import java.util.Objects;

/** {@link TestRuns} over HTTP: the generated operations, unwrapped. */
record HttpTestRuns(RawTestRuns raw) implements TestRunsHttpOperations, TestRuns {
  @Override
  public String batchId() {
    return Objects.requireNonNull(raw.batchId, "a test-runs handle has a batch");
  }

  @Override
  public RawTestRuns withRawResponse() {
    return raw;
  }

  @Override
  public String toString() {
    return "TestRuns{agentId=" + raw.agentId + ", batchId=" + raw.batchId + "}";
  }
}
