package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.UpdateTestCaseRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One agent's test cases. Every operation has an {@code ...Async} twin returning a
 * CompletableFuture that fails with the same exception the blocking call throws, and a form
 * taking {@link RequestOptions} for this call only; argument errors are thrown directly by all.
 * An interface so tests can hand code a fake or a mock: the abstract methods are the complete
 * forms, every shorter one is a default method calling them.
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
public interface TestCases {
  /** The agent whose test cases these are. */
  String agentId();

  /** The same operations, returning {@link ApiResponse}s with status, headers and attempts. */
  RawTestCases withRawResponse();

  /**
   * Creates a test case from a complete request.
   *
   * @throws IllegalArgumentException if the request names another agent than this one
   */
  TestCase create(CreateTestCaseRequest request, RequestOptions options);

  /** {@link #create(CreateTestCaseRequest, RequestOptions)} without blocking. */
  CompletableFuture<TestCase> createAsync(CreateTestCaseRequest request, RequestOptions options);

  /** All of this agent's test cases (the API does not page this list). */
  List<TestCase> list(RequestOptions options);

  /** {@link #list(RequestOptions)} without blocking. */
  CompletableFuture<List<TestCase>> listAsync(RequestOptions options);

  /**
   * One test case.
   *
   * @throws IllegalArgumentException if {@code testCaseId} is null or blank
   * @throws NotFoundException if there is no such test case
   */
  TestCase get(String testCaseId, RequestOptions options);

  /** {@link #get(String, RequestOptions)} without blocking. */
  CompletableFuture<TestCase> getAsync(String testCaseId, RequestOptions options);

  /**
   * Partially updates a test case from a complete request; fields left unset keep their value.
   *
   * @throws IllegalArgumentException if {@code testCaseId} is null or blank, or the request names
   *     another agent than this one
   */
  TestCase update(String testCaseId, UpdateTestCaseRequest request, RequestOptions options);

  /** {@link #update(String, UpdateTestCaseRequest, RequestOptions)} without blocking. */
  CompletableFuture<TestCase> updateAsync(String testCaseId, UpdateTestCaseRequest request, RequestOptions options);

  /**
   * Deletes a test case.
   *
   * @throws IllegalArgumentException if {@code testCaseId} is null or blank
   */
  void delete(String testCaseId, RequestOptions options);

  /** {@link #delete(String, RequestOptions)} without blocking. */
  CompletableFuture<Void> deleteAsync(String testCaseId, RequestOptions options);

  /**
   * Creates a test case; the builder comes with this agent's id set. {@code userPrompt} and
   * {@code successCriteria} are required.
   *
   * @throws IllegalStateException if a required field is missing
   * @throws IllegalArgumentException if the builder's agent id was changed to another agent
   */
  default TestCase create(Consumer<CreateTestCaseRequest.Builder> request) {
    return create(request, RequestOptions.none());
  }

  /** {@link #create(Consumer)} with per-call options. */
  default TestCase create(Consumer<CreateTestCaseRequest.Builder> request, RequestOptions options) {
    return create(HttpTestCases.createRequest(agentId(), request), options);
  }

  /** {@link #create(CreateTestCaseRequest, RequestOptions)} with the client's settings. */
  default TestCase create(CreateTestCaseRequest request) {
    return create(request, RequestOptions.none());
  }

  /** {@link #create(Consumer)} without blocking. */
  default CompletableFuture<TestCase> createAsync(Consumer<CreateTestCaseRequest.Builder> request) {
    return createAsync(request, RequestOptions.none());
  }

  /** {@link #create(Consumer, RequestOptions)} without blocking. */
  default CompletableFuture<TestCase> createAsync(
      Consumer<CreateTestCaseRequest.Builder> request, RequestOptions options) {
    return createAsync(HttpTestCases.createRequest(agentId(), request), options);
  }

  /** {@link #create(CreateTestCaseRequest)} without blocking. */
  default CompletableFuture<TestCase> createAsync(CreateTestCaseRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /** {@link #list(RequestOptions)} with the client's settings. */
  default List<TestCase> list() {
    return list(RequestOptions.none());
  }

  /** {@link #list()} without blocking. */
  default CompletableFuture<List<TestCase>> listAsync() {
    return listAsync(RequestOptions.none());
  }

  /** {@link #get(String, RequestOptions)} with the client's settings. */
  default TestCase get(String testCaseId) {
    return get(testCaseId, RequestOptions.none());
  }

  /** {@link #get(String)} without blocking. */
  default CompletableFuture<TestCase> getAsync(String testCaseId) {
    return getAsync(testCaseId, RequestOptions.none());
  }

  /**
   * Partially updates a test case: set only the fields to change on the builder, which comes
   * with this agent's id set.
   *
   * @throws IllegalArgumentException if {@code testCaseId} is null or blank, or the builder's
   *     agent id was changed to another agent
   */
  default TestCase update(String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes) {
    return update(testCaseId, changes, RequestOptions.none());
  }

  /** {@link #update(String, Consumer)} with per-call options. */
  default TestCase update(String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes, RequestOptions options) {
    return update(testCaseId, HttpTestCases.updateRequest(agentId(), testCaseId, changes), options);
  }

  /** {@link #update(String, UpdateTestCaseRequest, RequestOptions)} with the client's settings. */
  default TestCase update(String testCaseId, UpdateTestCaseRequest request) {
    return update(testCaseId, request, RequestOptions.none());
  }

  /** {@link #update(String, Consumer)} without blocking. */
  default CompletableFuture<TestCase> updateAsync(String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes) {
    return updateAsync(testCaseId, changes, RequestOptions.none());
  }

  /** {@link #update(String, Consumer, RequestOptions)} without blocking. */
  default CompletableFuture<TestCase> updateAsync(
      String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes, RequestOptions options) {
    return updateAsync(testCaseId, HttpTestCases.updateRequest(agentId(), testCaseId, changes), options);
  }

  /** {@link #update(String, UpdateTestCaseRequest)} without blocking. */
  default CompletableFuture<TestCase> updateAsync(String testCaseId, UpdateTestCaseRequest request) {
    return updateAsync(testCaseId, request, RequestOptions.none());
  }

  /** {@link #delete(String, RequestOptions)} with the client's settings. */
  default void delete(String testCaseId) {
    delete(testCaseId, RequestOptions.none());
  }

  /** {@link #delete(String)} without blocking. */
  default CompletableFuture<Void> deleteAsync(String testCaseId) {
    return deleteAsync(testCaseId, RequestOptions.none());
  }
}
