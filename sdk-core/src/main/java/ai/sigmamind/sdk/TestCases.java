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
public interface TestCases extends TestCasesOperations {
  /**
   * The agent whose test cases these are.
   *
   * @return the agent's id, as given to {@link SigmaMindClient#agent(String)}
   */
  String agentId();

  /**
   * The same operations, returning {@link ApiResponse}s with status, headers and attempts.
   *
   * @return a view of this agent's test cases that answers with the whole response
   */
  RawTestCases withRawResponse();

  /**
   * Creates a test case; the builder comes with this agent's id set. {@code userPrompt} and
   * {@code successCriteria} are required.
   *
   * @param request sets the test case's fields on a builder that already holds this agent's id
   * @return the stored test case, with the {@code testCaseId} the server gave it
   * @throws IllegalStateException if a required field is missing
   * @throws IllegalArgumentException if the builder's agent id was changed to another agent
   */
  default TestCase create(Consumer<CreateTestCaseRequest.Builder> request) {
    return create(request, RequestOptions.none());
  }

  /**
   * {@link #create(Consumer)} with per-call options.
   *
   * @param request sets the test case's fields on a builder that already holds this agent's id
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the stored test case, with the {@code testCaseId} the server gave it
   */
  default TestCase create(Consumer<CreateTestCaseRequest.Builder> request, RequestOptions options) {
    return create(HttpTestCases.createRequest(agentId(), request), options);
  }

  /**
   * {@link #create(Consumer)} without blocking.
   *
   * @param request sets the test case's fields on a builder that already holds this agent's id
   * @return a future completing with the stored test case, or failing with the exception the
   *     blocking call would throw
   */
  default CompletableFuture<TestCase> createAsync(Consumer<CreateTestCaseRequest.Builder> request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * {@link #create(Consumer, RequestOptions)} without blocking.
   *
   * @param request sets the test case's fields on a builder that already holds this agent's id
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the stored test case, or failing with the exception the
   *     blocking call would throw
   */
  default CompletableFuture<TestCase> createAsync(
      Consumer<CreateTestCaseRequest.Builder> request, RequestOptions options) {
    return createAsync(HttpTestCases.createRequest(agentId(), request), options);
  }

  /**
   * Partially updates a test case: set only the fields to change on the builder, which comes
   * with this agent's id set.
   *
   * @param testCaseId the test case's id (prefix {@code tc_})
   * @param changes sets the fields to change; fields it leaves unset keep their stored value
   * @return the test case after the update
   * @throws IllegalArgumentException if {@code testCaseId} is null or blank, or the builder's
   *     agent id was changed to another agent
   */
  default TestCase update(String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes) {
    return update(testCaseId, changes, RequestOptions.none());
  }

  /**
   * {@link #update(String, Consumer)} with per-call options.
   *
   * @param testCaseId the test case's id (prefix {@code tc_})
   * @param changes sets the fields to change; fields it leaves unset keep their stored value
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the test case after the update
   */
  default TestCase update(String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes, RequestOptions options) {
    return update(testCaseId, HttpTestCases.updateRequest(agentId(), testCaseId, changes), options);
  }

  /**
   * {@link #update(String, Consumer)} without blocking.
   *
   * @param testCaseId the test case's id (prefix {@code tc_})
   * @param changes sets the fields to change; fields it leaves unset keep their stored value
   * @return a future completing with the test case after the update, or failing with the
   *     exception the blocking call would throw
   */
  default CompletableFuture<TestCase> updateAsync(String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes) {
    return updateAsync(testCaseId, changes, RequestOptions.none());
  }

  /**
   * {@link #update(String, Consumer, RequestOptions)} without blocking.
   *
   * @param testCaseId the test case's id (prefix {@code tc_})
   * @param changes sets the fields to change; fields it leaves unset keep their stored value
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the test case after the update, or failing with the
   *     exception the blocking call would throw
   */
  default CompletableFuture<TestCase> updateAsync(
      String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes, RequestOptions options) {
    return updateAsync(testCaseId, HttpTestCases.updateRequest(agentId(), testCaseId, changes), options);
  }
}
