package ai.sigmamind.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

import ai.sigmamind.sdk.PageRequest;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.MockDataVariable;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** The API's operations ({@link ApiOperation}) as {@link SdkCall}s for given ids, with the inputs the consumer tests use. */
final class SdkCalls {
  /** The page size of list calls that fetch one page: the SDK's maximum, what {@code listAll()} asks for. */
  static final int PAGE_SIZE = PageRequest.MAX_SIZE;
  /** The new attempt count of the partial update. */
  static final long UPDATED_ATTEMPTS = 3;

  private SdkCalls() {
  }

  /** Every operation of the catalog, in its order, addressed with the given ids. */
  static List<SdkCall> all(String agentId, String testCaseId, String batchId, String jobId) {
    return Arrays.stream(ApiOperation.values()).map(operation -> of(operation, agentId, testCaseId, batchId, jobId)).toList();
  }

  /** The call of one operation; the switch covers every operation, so a new one fails compilation here. */
  static SdkCall of(ApiOperation operation, String agentId, String testCaseId, String batchId, String jobId) {
    return switch (operation) {
      case CREATE_TEST_CASE -> createTestCase(agentId);
      case LIST_TEST_CASES -> listTestCases(agentId);
      case GET_TEST_CASE -> getTestCase(agentId, testCaseId);
      case UPDATE_TEST_CASE -> updateTestCase(agentId, testCaseId);
      case DELETE_TEST_CASE -> deleteTestCase(agentId, testCaseId);
      case CREATE_BATCH_RUN -> createBatchRun(agentId, testCaseId);
      case LIST_BATCH_RUNS -> listBatchRuns(agentId, 0, PAGE_SIZE);
      case GET_BATCH_RUN -> getBatchRun(agentId, batchId);
      case LIST_TEST_RUNS -> listTestRuns(agentId, batchId, 0, PAGE_SIZE);
      case GET_TEST_RUN -> getTestRun(agentId, batchId, jobId);
    };
  }

  /** The seed's test case as a create request (agent id set by the SDK's agent handle). */
  static void seedTestCase(CreateTestCaseRequest.Builder request) {
    request.llmModel("gpt-4o-mini")
        .mockData(List.of(
            MockDataVariable.builder().variableName("customer_name").value("John Doe").build(),
            MockDataVariable.builder().variableName("account_status").value("active").build()))
        .userPrompt("You are an angry customer who wants to cancel his subscription. ")
        .attempt(5L)
        .successCriteria("Agent should acknowledge the request, offer alternatives, and confirm cancellation if the user insists.");
  }

  static SdkCall createTestCase(String agentId) {
    // Exactly what the SDK sends for seedTestCase: a request body may not carry unexpected keys.
    return SdkCall.of(ApiOperation.CREATE_TEST_CASE, agentId, null, null,
        bodyOf(agentId, body -> body
            .stringType("llmModel", "gpt-4o-mini")
            .array("mockData", variables -> variables
                .object(variable -> variable.stringType("variableName", "customer_name").stringType("value", "John Doe"))
                .object(variable -> variable.stringType("variableName", "account_status").stringType("value", "active")))
            .stringType("userPrompt", "You are an angry customer who wants to cancel his subscription. ")
            .integerType("attempt", 5)
            .stringType("successCriteria",
                "Agent should acknowledge the request, offer alternatives, and confirm cancellation if the user insists.")),
        agent -> agent.testCases().create(SdkCalls::seedTestCase));
  }

  /** A request body: the agent id, exactly, then {@code fields}. */
  private static DslPart bodyOf(String agentId, Consumer<LambdaDslObject> fields) {
    return newJsonBody(body -> fields.accept(body.stringValue("agentId", agentId))).build();
  }

  static SdkCall listTestCases(String agentId) {
    return SdkCall.of(ApiOperation.LIST_TEST_CASES, agentId, null, "agentId=" + agentId, null,
        agent -> agent.testCases().list());
  }

  static SdkCall getTestCase(String agentId, String testCaseId) {
    return SdkCall.of(ApiOperation.GET_TEST_CASE, agentId, testCaseId, "agentId=" + agentId, null,
        agent -> agent.testCases().get(testCaseId));
  }

  /** A partial update: only the agent id and the changed field travel. */
  static SdkCall updateTestCase(String agentId, String testCaseId) {
    return SdkCall.of(ApiOperation.UPDATE_TEST_CASE, agentId, testCaseId, null,
        bodyOf(agentId, body -> body.integerType("attempt", (int) UPDATED_ATTEMPTS)),
        agent -> agent.testCases().update(testCaseId, changes -> changes.attempt(UPDATED_ATTEMPTS)));
  }

  static SdkCall deleteTestCase(String agentId, String testCaseId) {
    return SdkCall.of(ApiOperation.DELETE_TEST_CASE, agentId, testCaseId, "agentId=" + agentId, null,
        agent -> agent.testCases().delete(testCaseId));
  }

  static SdkCall createBatchRun(String agentId, String testCaseId) {
    return SdkCall.of(ApiOperation.CREATE_BATCH_RUN, agentId, null, null,
        bodyOf(agentId, body -> body.array("testCases", ids -> ids.stringValue(testCaseId))),
        agent -> agent.batchRuns().create(testCaseId));
  }

  static SdkCall listBatchRuns(String agentId, int page, int size) {
    return SdkCall.of(ApiOperation.LIST_BATCH_RUNS, agentId, null, "agentId=" + agentId + "&page=" + page + "&size=" + size,
        null, agent -> agent.batchRuns().list(PageRequest.of(page, size)));
  }

  static SdkCall getBatchRun(String agentId, String batchId) {
    return SdkCall.of(ApiOperation.GET_BATCH_RUN, agentId, batchId, "agentId=" + agentId, null,
        agent -> agent.batchRuns().get(batchId));
  }

  static SdkCall listTestRuns(String agentId, String batchId, int page, int size) {
    return SdkCall.of(ApiOperation.LIST_TEST_RUNS, agentId, null,
        "batchId=" + batchId + "&agentId=" + agentId + "&page=" + page + "&size=" + size, null,
        agent -> agent.testRuns(batchId).list(PageRequest.of(page, size)));
  }

  static SdkCall getTestRun(String agentId, String batchId, String jobId) {
    return SdkCall.of(ApiOperation.GET_TEST_RUN, agentId, jobId, "batchId=" + batchId + "&agentId=" + agentId,
        null, agent -> agent.testRuns(batchId).get(jobId));
  }
}
