package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.UpdateTestCaseRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * {@link TestCases}' operations returning the whole {@link ApiResponse}: status, headers, request
 * id and attempts with the parsed value.
 *
 * <pre>{@code
 * ApiResponse<TestCase> created = agent.testCases().withRawResponse().create(request, RequestOptions.none());
 * System.out.println(created.statusCode() + " " + created.header("Location").orElse(""));
 * }</pre>
 */
public final class RawTestCases {
  private final ClientContext context;
  private final String agentId;

  RawTestCases(ClientContext context, String agentId) {
    this.context = context;
    this.agentId = agentId;
  }

  /** {@link TestCases#create(CreateTestCaseRequest, RequestOptions)} as a raw response. */
  public ApiResponse<TestCase> create(CreateTestCaseRequest request, RequestOptions options) {
    return context.executor.execute(createCall(request), options);
  }

  /** {@link #create(CreateTestCaseRequest, RequestOptions)} without blocking. */
  public CompletableFuture<ApiResponse<TestCase>> createAsync(CreateTestCaseRequest request, RequestOptions options) {
    return context.executor.executeAsync(createCall(request), options);
  }

  /** {@link TestCases#list(RequestOptions)} as a raw response. */
  public ApiResponse<List<TestCase>> list(RequestOptions options) {
    return context.executor.execute(context.testCasesApi.listTestCases(agentId), options);
  }

  /** {@link #list(RequestOptions)} without blocking. */
  public CompletableFuture<ApiResponse<List<TestCase>>> listAsync(RequestOptions options) {
    return context.executor.executeAsync(context.testCasesApi.listTestCases(agentId), options);
  }

  /** {@link TestCases#get(String, RequestOptions)} as a raw response. */
  public ApiResponse<TestCase> get(String testCaseId, RequestOptions options) {
    return context.executor.execute(getCall(testCaseId), options);
  }

  /** {@link #get(String, RequestOptions)} without blocking. */
  public CompletableFuture<ApiResponse<TestCase>> getAsync(String testCaseId, RequestOptions options) {
    return context.executor.executeAsync(getCall(testCaseId), options);
  }

  /** {@link TestCases#update(String, UpdateTestCaseRequest, RequestOptions)} as a raw response. */
  public ApiResponse<TestCase> update(String testCaseId, UpdateTestCaseRequest request, RequestOptions options) {
    return context.executor.execute(updateCall(testCaseId, request), options);
  }

  /** {@link #update(String, UpdateTestCaseRequest, RequestOptions)} without blocking. */
  public CompletableFuture<ApiResponse<TestCase>> updateAsync(
      String testCaseId, UpdateTestCaseRequest request, RequestOptions options) {
    return context.executor.executeAsync(updateCall(testCaseId, request), options);
  }

  /** {@link TestCases#delete(String, RequestOptions)} as a raw response (its value is null). */
  public ApiResponse<Void> delete(String testCaseId, RequestOptions options) {
    return context.executor.execute(deleteCall(testCaseId), options);
  }

  /** {@link #delete(String, RequestOptions)} without blocking. */
  public CompletableFuture<ApiResponse<Void>> deleteAsync(String testCaseId, RequestOptions options) {
    return context.executor.executeAsync(deleteCall(testCaseId), options);
  }

  private Call<TestCase> createCall(CreateTestCaseRequest request) {
    HttpTestCases.requireAgent(agentId, request.agentId());
    return context.testCasesApi.createTestCase(request);
  }

  private Call<TestCase> getCall(String testCaseId) {
    return context.testCasesApi.getTestCase(Ids.pathSegment(testCaseId, "testCaseId"), agentId);
  }

  private Call<TestCase> updateCall(String testCaseId, UpdateTestCaseRequest request) {
    String segment = Ids.pathSegment(testCaseId, "testCaseId");
    HttpTestCases.requireAgent(agentId, request.agentId());
    return context.testCasesApi.updateTestCase(segment, request);
  }

  private Call<Void> deleteCall(String testCaseId) {
    return context.testCasesApi.deleteTestCase(Ids.pathSegment(testCaseId, "testCaseId"), agentId);
  }
}
