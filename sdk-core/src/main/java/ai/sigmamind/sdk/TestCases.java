package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.UpdateTestCaseRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import retrofit2.Call;

/**
 * One agent's test cases. Every operation has an {@code ...Async} twin returning a
 * CompletableFuture that fails with the same exception the blocking call throws; argument errors
 * are thrown directly by both.
 *
 * <pre>{@code
 * TestCases testCases = client.agent("mJzLaPEo425lieb9").testCases();
 * TestCase created = testCases.create(b -> b
 *     .userPrompt("You are an angry customer who wants to cancel his subscription.")
 *     .successCriteria("Agent acknowledges, offers alternatives, confirms if the user insists.")
 *     .attempt(5L));
 * testCases.update(created.testCaseId(), b -> b.label("Angry customer"));
 * List<TestCase> all = testCases.list();
 * testCases.delete(created.testCaseId());
 * }</pre>
 */
public final class TestCases {
  private final ClientContext context;
  private final String agentId;

  TestCases(ClientContext context, String agentId) {
    this.context = context;
    this.agentId = agentId;
  }

  /**
   * Creates a test case; the builder comes with this agent's id set. {@code userPrompt} and
   * {@code successCriteria} are required.
   *
   * @throws IllegalStateException if a required field is missing
   * @throws IllegalArgumentException if the builder's agent id was changed to another agent
   */
  public TestCase create(Consumer<CreateTestCaseRequest.Builder> request) {
    return context.executor.execute(createCall(request));
  }

  /**
   * Creates a test case from a complete request.
   *
   * @throws IllegalArgumentException if the request names another agent than this one
   */
  public TestCase create(CreateTestCaseRequest request) {
    return context.executor.execute(createCall(request));
  }

  /** {@link #create(Consumer)} without blocking. */
  public CompletableFuture<TestCase> createAsync(Consumer<CreateTestCaseRequest.Builder> request) {
    return context.executor.executeAsync(createCall(request));
  }

  /** {@link #create(CreateTestCaseRequest)} without blocking. */
  public CompletableFuture<TestCase> createAsync(CreateTestCaseRequest request) {
    return context.executor.executeAsync(createCall(request));
  }

  /** All of this agent's test cases (the API does not page this list). */
  public List<TestCase> list() {
    return context.executor.execute(context.testCasesApi.listTestCases(agentId));
  }

  /** {@link #list()} without blocking. */
  public CompletableFuture<List<TestCase>> listAsync() {
    return context.executor.executeAsync(context.testCasesApi.listTestCases(agentId));
  }

  /**
   * One test case.
   *
   * @throws IllegalArgumentException if {@code testCaseId} is null or blank
   * @throws NotFoundException if there is no such test case
   */
  public TestCase get(String testCaseId) {
    return context.executor.execute(getCall(testCaseId));
  }

  /** {@link #get(String)} without blocking. */
  public CompletableFuture<TestCase> getAsync(String testCaseId) {
    return context.executor.executeAsync(getCall(testCaseId));
  }

  /**
   * Partially updates a test case: set only the fields to change on the builder, which comes
   * with this agent's id set; fields left unset keep their stored value.
   *
   * @throws IllegalArgumentException if {@code testCaseId} is null or blank, or the builder's
   *     agent id was changed to another agent
   */
  public TestCase update(String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes) {
    return context.executor.execute(updateCall(testCaseId, changes));
  }

  /**
   * Partially updates a test case from a complete request.
   *
   * @throws IllegalArgumentException if {@code testCaseId} is null or blank, or the request names
   *     another agent than this one
   */
  public TestCase update(String testCaseId, UpdateTestCaseRequest request) {
    return context.executor.execute(updateCall(testCaseId, request));
  }

  /** {@link #update(String, Consumer)} without blocking. */
  public CompletableFuture<TestCase> updateAsync(String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes) {
    return context.executor.executeAsync(updateCall(testCaseId, changes));
  }

  /** {@link #update(String, UpdateTestCaseRequest)} without blocking. */
  public CompletableFuture<TestCase> updateAsync(String testCaseId, UpdateTestCaseRequest request) {
    return context.executor.executeAsync(updateCall(testCaseId, request));
  }

  /**
   * Deletes a test case.
   *
   * @throws IllegalArgumentException if {@code testCaseId} is null or blank
   */
  public void delete(String testCaseId) {
    context.executor.execute(deleteCall(testCaseId));
  }

  /** {@link #delete(String)} without blocking. */
  public CompletableFuture<Void> deleteAsync(String testCaseId) {
    return context.executor.executeAsync(deleteCall(testCaseId));
  }

  private Call<TestCase> createCall(Consumer<CreateTestCaseRequest.Builder> request) {
    CreateTestCaseRequest.Builder builder = CreateTestCaseRequest.builder().agentId(agentId);
    request.accept(builder);
    return createCall(builder.build());
  }

  private Call<TestCase> createCall(CreateTestCaseRequest request) {
    requireThisAgent(request.agentId());
    return context.testCasesApi.createTestCase(request);
  }

  private Call<TestCase> getCall(String testCaseId) {
    return context.testCasesApi.getTestCase(Ids.pathSegment(testCaseId, "testCaseId"), agentId);
  }

  private Call<TestCase> updateCall(String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes) {
    Ids.require(testCaseId, "testCaseId");
    UpdateTestCaseRequest.Builder builder = UpdateTestCaseRequest.builder().agentId(agentId);
    changes.accept(builder);
    return updateCall(testCaseId, builder.build());
  }

  private Call<TestCase> updateCall(String testCaseId, UpdateTestCaseRequest request) {
    String segment = Ids.pathSegment(testCaseId, "testCaseId");
    requireThisAgent(request.agentId());
    return context.testCasesApi.updateTestCase(segment, request);
  }

  private Call<Void> deleteCall(String testCaseId) {
    return context.testCasesApi.deleteTestCase(Ids.pathSegment(testCaseId, "testCaseId"), agentId);
  }

  private void requireThisAgent(String requestAgentId) {
    if (!agentId.equals(requestAgentId)) {
      throw new IllegalArgumentException(
          "request.agentId '" + requestAgentId + "' does not match this agent '" + agentId + "'");
    }
  }

  @Override
  public String toString() {
    return "TestCases{agentId=" + agentId + "}";
  }
}
