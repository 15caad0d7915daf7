package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.sdk.models.TestRunPage;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * {@link TestRuns}' operations returning the whole {@link ApiResponse}: status, headers, request
 * id and attempts with the parsed value.
 *
 * <pre>{@code
 * ApiResponse<TestRun> response = agent.testRuns(batchId).withRawResponse().get(jobId);
 * String requestId = response.requestId().orElse("-");
 * }</pre>
 */
public final class RawTestRuns {
  private final ClientContext context;
  private final String agentId;
  private final String batchId;

  RawTestRuns(ClientContext context, String agentId, String batchId) {
    this.context = context;
    this.agentId = agentId;
    this.batchId = batchId;
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

  /**
   * {@link TestRuns#get(String, RequestOptions)} as a raw response.
   *
   * @param jobId the test run's id (prefix {@code job_})
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the response, its value the test run
   */
  public ApiResponse<TestRun> get(String jobId, RequestOptions options) {
    return context.executor.execute(getCall(jobId), options);
  }

  /**
   * {@link #get(String, RequestOptions)} without blocking.
   *
   * @param jobId the test run's id (prefix {@code job_})
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the response, or failing with the exception the blocking call would throw
   */
  public CompletableFuture<ApiResponse<TestRun>> getAsync(String jobId, RequestOptions options) {
    return context.executor.executeAsync(getCall(jobId), options);
  }

  /**
   * {@link TestRuns#list(PageRequest, RequestOptions)} as a raw response.
   *
   * @param page which page (zero-based) and how many runs per page
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the response, its value the page envelope exactly as the server sent it
   */
  public ApiResponse<TestRunPage> list(PageRequest page, RequestOptions options) {
    return context.executor.execute(listCall(page), options);
  }

  /**
   * {@link #list(PageRequest, RequestOptions)} without blocking.
   *
   * @param page which page (zero-based) and how many runs per page
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the response, or failing with the exception the blocking call would throw
   */
  public CompletableFuture<ApiResponse<TestRunPage>> listAsync(PageRequest page, RequestOptions options) {
    return context.executor.executeAsync(listCall(page), options);
  }

  private Call<TestRun> getCall(String jobId) {
    return context.testRunsApi.getTestRun(Ids.pathSegment(jobId, "jobId"), batchId, agentId);
  }

  private Call<TestRunPage> listCall(PageRequest page) {
    Objects.requireNonNull(page, "page");
    return context.testRunsApi.listTestRuns(batchId, agentId, page.page(), page.size());
  }
}
