package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.CreateBatchRunRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link BatchRuns}' request operations returning the whole {@link ApiResponse}: status, headers,
 * request id and attempts with the parsed value. The operations are generated from the spec; this
 * class adds starting a batch from a list of test-case ids.
 *
 * <pre>{@code
 * ApiResponse<BatchRunCreated> created = agent.batchRuns().withRawResponse().create(ids, RequestOptions.none());
 * System.out.println("started after " + created.attempts() + " attempt(s)");
 * }</pre>
 */
public final class RawBatchRuns extends BatchRunsRawOperations {
  RawBatchRuns(ClientContext context, String agentId) {
    super(context, agentId, null);
  }

  /**
   * {@link BatchRuns#create(List, RequestOptions)} as a raw response.
   *
   * @param testCaseIds the ids of the test cases to run (prefix {@code tc_}), at least one
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the response, its value the new batch's id, workspace, agent and creation time
   * @throws IllegalArgumentException if the list is empty or an id is null or blank
   */
  public ApiResponse<BatchRunCreated> create(List<String> testCaseIds, RequestOptions options) {
    return create(request(testCaseIds), options);
  }

  /**
   * {@link #create(List, RequestOptions)} without blocking.
   *
   * @param testCaseIds the ids of the test cases to run (prefix {@code tc_}), at least one
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the response, or failing with the exception the blocking call would throw
   */
  public CompletableFuture<ApiResponse<BatchRunCreated>> createAsync(List<String> testCaseIds, RequestOptions options) {
    return createAsync(request(testCaseIds), options);
  }

  /** The request starting the given test cases against this agent; the ids are checked first. */
  CreateBatchRunRequest request(List<String> testCaseIds) {
    Objects.requireNonNull(testCaseIds, "testCaseIds");
    if (testCaseIds.isEmpty()) {
      throw new IllegalArgumentException("testCaseIds must not be empty");
    }
    List<String> ids = new ArrayList<>(testCaseIds.size());
    for (int i = 0; i < testCaseIds.size(); i++) {
      ids.add(Ids.require(testCaseIds.get(i), "testCaseIds[" + i + "]"));
    }
    return CreateBatchRunRequest.builder().agentId(agentId).testCases(ids).build();
  }
}
