package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.UpdateTestCaseRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** {@link TestCases} over HTTP: the raw operations, unwrapped. */
final class HttpTestCases implements TestCases {
  private final RawTestCases raw;
  private final String agentId;

  HttpTestCases(ClientContext context, String agentId) {
    this.raw = new RawTestCases(context, agentId);
    this.agentId = agentId;
  }

  /** A create request from a builder that starts with the agent's id. */
  static CreateTestCaseRequest createRequest(String agentId, Consumer<CreateTestCaseRequest.Builder> request) {
    CreateTestCaseRequest.Builder builder = CreateTestCaseRequest.builder().agentId(agentId);
    request.accept(builder);
    return builder.build();
  }

  /** An update request from a builder that starts with the agent's id; the id is checked first. */
  static UpdateTestCaseRequest updateRequest(
      String agentId, String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes) {
    Ids.require(testCaseId, "testCaseId");
    UpdateTestCaseRequest.Builder builder = UpdateTestCaseRequest.builder().agentId(agentId);
    changes.accept(builder);
    return builder.build();
  }

  static void requireAgent(String agentId, String requestAgentId) {
    if (!agentId.equals(requestAgentId)) {
      throw new IllegalArgumentException(
          "request.agentId '" + requestAgentId + "' does not match this agent '" + agentId + "'");
    }
  }

  @Override
  public String agentId() {
    return agentId;
  }

  @Override
  public RawTestCases withRawResponse() {
    return raw;
  }

  @Override
  public TestCase create(CreateTestCaseRequest request, RequestOptions options) {
    return raw.create(request, options).value();
  }

  @Override
  public CompletableFuture<TestCase> createAsync(CreateTestCaseRequest request, RequestOptions options) {
    return Futures.map(raw.createAsync(request, options), ApiResponse::value);
  }

  @Override
  public List<TestCase> list(RequestOptions options) {
    return raw.list(options).value();
  }

  @Override
  public CompletableFuture<List<TestCase>> listAsync(RequestOptions options) {
    return Futures.map(raw.listAsync(options), ApiResponse::value);
  }

  @Override
  public TestCase get(String testCaseId, RequestOptions options) {
    return raw.get(testCaseId, options).value();
  }

  @Override
  public CompletableFuture<TestCase> getAsync(String testCaseId, RequestOptions options) {
    return Futures.map(raw.getAsync(testCaseId, options), ApiResponse::value);
  }

  @Override
  public TestCase update(String testCaseId, UpdateTestCaseRequest request, RequestOptions options) {
    return raw.update(testCaseId, request, options).value();
  }

  @Override
  public CompletableFuture<TestCase> updateAsync(String testCaseId, UpdateTestCaseRequest request, RequestOptions options) {
    return Futures.map(raw.updateAsync(testCaseId, request, options), ApiResponse::value);
  }

  @Override
  public void delete(String testCaseId, RequestOptions options) {
    raw.delete(testCaseId, options);
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String testCaseId, RequestOptions options) {
    return Futures.map(raw.deleteAsync(testCaseId, options), ApiResponse::value);
  }

  @Override
  public String toString() {
    return "TestCases{agentId=" + agentId + "}";
  }
}
