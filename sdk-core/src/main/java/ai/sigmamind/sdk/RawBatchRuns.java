package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.BatchRunPage;
import ai.sigmamind.sdk.models.CreateBatchRunRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * {@link BatchRuns}' request operations returning the whole {@link ApiResponse}: status, headers,
 * request id and attempts with the parsed value.
 *
 * <pre>{@code
 * ApiResponse<BatchRunCreated> created = agent.batchRuns().withRawResponse().create(ids, RequestOptions.none());
 * System.out.println("started after " + created.attempts() + " attempt(s)");
 * }</pre>
 */
public final class RawBatchRuns {
  private final ClientContext context;
  private final String agentId;

  RawBatchRuns(ClientContext context, String agentId) {
    this.context = context;
    this.agentId = agentId;
  }

  /**
   * {@link BatchRuns#create(List, RequestOptions)} as a raw response.
   *
   * @param testCaseIds the ids of the test cases to run (prefix {@code tc_}), at least one
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the response, its value the new batch's id, workspace, agent and creation time
   */
  public ApiResponse<BatchRunCreated> create(List<String> testCaseIds, RequestOptions options) {
    return context.executor.execute(createCall(testCaseIds), options);
  }

  /**
   * {@link #create(List, RequestOptions)} without blocking.
   *
   * @param testCaseIds the ids of the test cases to run (prefix {@code tc_}), at least one
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the response, or failing with the exception the blocking call would throw
   */
  public CompletableFuture<ApiResponse<BatchRunCreated>> createAsync(List<String> testCaseIds, RequestOptions options) {
    return context.executor.executeAsync(createCall(testCaseIds), options);
  }

  /**
   * {@link BatchRuns#get(String, RequestOptions)} as a raw response.
   *
   * @param batchId the batch's id (prefix {@code batch_})
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the response, its value the batch as it is now
   */
  public ApiResponse<BatchRun> get(String batchId, RequestOptions options) {
    return context.executor.execute(getCall(batchId), options);
  }

  /**
   * {@link #get(String, RequestOptions)} without blocking.
   *
   * @param batchId the batch's id (prefix {@code batch_})
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the response, or failing with the exception the blocking call would throw
   */
  public CompletableFuture<ApiResponse<BatchRun>> getAsync(String batchId, RequestOptions options) {
    return context.executor.executeAsync(getCall(batchId), options);
  }

  /**
   * {@link BatchRuns#list(PageRequest, RequestOptions)} as a raw response.
   *
   * @param page which page (zero-based) and how many batches per page
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the response, its value the page envelope exactly as the server sent it
   */
  public ApiResponse<BatchRunPage> list(PageRequest page, RequestOptions options) {
    return context.executor.execute(listCall(page), options);
  }

  /**
   * {@link #list(PageRequest, RequestOptions)} without blocking.
   *
   * @param page which page (zero-based) and how many batches per page
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the response, or failing with the exception the blocking call would throw
   */
  public CompletableFuture<ApiResponse<BatchRunPage>> listAsync(PageRequest page, RequestOptions options) {
    return context.executor.executeAsync(listCall(page), options);
  }

  private Call<BatchRunCreated> createCall(List<String> testCaseIds) {
    Objects.requireNonNull(testCaseIds, "testCaseIds");
    if (testCaseIds.isEmpty()) {
      throw new IllegalArgumentException("testCaseIds must not be empty");
    }
    List<String> ids = new ArrayList<>(testCaseIds.size());
    for (int i = 0; i < testCaseIds.size(); i++) {
      ids.add(Ids.require(testCaseIds.get(i), "testCaseIds[" + i + "]"));
    }
    return context.batchRunsApi.createBatchRun(
        CreateBatchRunRequest.builder().agentId(agentId).testCases(ids).build());
  }

  private Call<BatchRun> getCall(String batchId) {
    return context.batchRunsApi.getBatchRun(Ids.pathSegment(batchId, "batchId"), agentId);
  }

  private Call<BatchRunPage> listCall(PageRequest page) {
    Objects.requireNonNull(page, "page");
    return context.batchRunsApi.listBatchRuns(agentId, page.page(), page.size());
  }
}
