package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.TestRun;

/**
 * {@link TestRuns}' operations returning the whole {@link ApiResponse}: status, headers, request
 * id and attempts with the parsed value. The operations are generated from the spec.
 *
 * <pre>{@code
 * ApiResponse<TestRun> response = agent.testRuns(batchId).withRawResponse().get(jobId);
 * String requestId = response.requestId().orElse("-");
 * }</pre>
 */
public final class RawTestRuns extends TestRunsRawOperations {
  RawTestRuns(ClientContext context, String agentId, String batchId) {
    super(context, agentId, batchId);
  }

  /**
   * {@link TestRuns#get(String)} as a raw response.
   *
   * @param jobId the test run's id (prefix {@code job_})
   * @return the response, its value the test run
   */
  public ApiResponse<TestRun> get(String jobId) {
    return get(jobId, RequestOptions.none());
  }
}
