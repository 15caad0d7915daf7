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

  /**
   * {@link TestCases#create(CreateTestCaseRequest, RequestOptions)} as a raw response.
   *
   * @param request the test case to create; its {@code agentId} must be this agent's
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the response, its value the stored test case with its new {@code testCaseId}
   */
  public ApiResponse<TestCase> create(CreateTestCaseRequest request, RequestOptions options) {
    return context.executor.execute(createCall(request), options);
  }

  /**
   * {@link #create(CreateTestCaseRequest, RequestOptions)} without blocking.
   *
   * @param request the test case to create; its {@code agentId} must be this agent's
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the response, or failing with the exception the blocking call would throw
   */
  public CompletableFuture<ApiResponse<TestCase>> createAsync(CreateTestCaseRequest request, RequestOptions options) {
    return context.executor.executeAsync(createCall(request), options);
  }

  /**
   * {@link TestCases#list(RequestOptions)} as a raw response.
   *
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the response, its value every test case of the agent
   */
  public ApiResponse<List<TestCase>> list(RequestOptions options) {
    return context.executor.execute(context.testCasesApi.listTestCases(agentId), options);
  }

  /**
   * {@link #list(RequestOptions)} without blocking.
   *
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the response, or failing with the exception the blocking call would throw
   */
  public CompletableFuture<ApiResponse<List<TestCase>>> listAsync(RequestOptions options) {
    return context.executor.executeAsync(context.testCasesApi.listTestCases(agentId), options);
  }

  /**
   * {@link TestCases#get(String, RequestOptions)} as a raw response.
   *
   * @param testCaseId the test case's id (prefix {@code tc_})
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the response, its value the test case
   */
  public ApiResponse<TestCase> get(String testCaseId, RequestOptions options) {
    return context.executor.execute(getCall(testCaseId), options);
  }

  /**
   * {@link #get(String, RequestOptions)} without blocking.
   *
   * @param testCaseId the test case's id (prefix {@code tc_})
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the response, or failing with the exception the blocking call would throw
   */
  public CompletableFuture<ApiResponse<TestCase>> getAsync(String testCaseId, RequestOptions options) {
    return context.executor.executeAsync(getCall(testCaseId), options);
  }

  /**
   * {@link TestCases#update(String, UpdateTestCaseRequest, RequestOptions)} as a raw response.
   *
   * @param testCaseId the test case's id (prefix {@code tc_})
   * @param request the fields to change; its {@code agentId} must be this agent's
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the response, its value the test case after the update
   */
  public ApiResponse<TestCase> update(String testCaseId, UpdateTestCaseRequest request, RequestOptions options) {
    return context.executor.execute(updateCall(testCaseId, request), options);
  }

  /**
   * {@link #update(String, UpdateTestCaseRequest, RequestOptions)} without blocking.
   *
   * @param testCaseId the test case's id (prefix {@code tc_})
   * @param request the fields to change; its {@code agentId} must be this agent's
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the response, or failing with the exception the blocking call would throw
   */
  public CompletableFuture<ApiResponse<TestCase>> updateAsync(
      String testCaseId, UpdateTestCaseRequest request, RequestOptions options) {
    return context.executor.executeAsync(updateCall(testCaseId, request), options);
  }

  /**
   * {@link TestCases#delete(String, RequestOptions)} as a raw response.
   *
   * @param testCaseId the test case's id (prefix {@code tc_})
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the response; its value is null (the server answers without a body)
   */
  public ApiResponse<Void> delete(String testCaseId, RequestOptions options) {
    return context.executor.execute(deleteCall(testCaseId), options);
  }

  /**
   * {@link #delete(String, RequestOptions)} without blocking.
   *
   * @param testCaseId the test case's id (prefix {@code tc_})
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the response, or failing with the exception the blocking call would throw
   */
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
