package ai.sigmamind.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

import ai.sigmamind.sdk.PageRequest;
import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.MockDataVariable;
import java.util.List;

/** The API's ten operations as {@link SdkCall}s for given ids, with the inputs the consumer tests use. */
final class SdkCalls {
  /** The page size of list calls that fetch one page: the SDK's maximum, what {@code listAll()} asks for. */
  static final int PAGE_SIZE = PageRequest.MAX_SIZE;
  /** The new attempt count of the partial update. */
  static final long UPDATED_ATTEMPTS = 3;

  private SdkCalls() {
  }

  /** Every operation, in the spec's order, addressed with the given ids. */
  static List<SdkCall> all(String agentId, String testCaseId, String batchId, String jobId) {
    return List.of(
        createTestCase(agentId),
        listTestCases(agentId),
        getTestCase(agentId, testCaseId),
        updateTestCase(agentId, testCaseId),
        deleteTestCase(agentId, testCaseId),
        createBatchRun(agentId, testCaseId),
        listBatchRuns(agentId, 0, PAGE_SIZE),
        getBatchRun(agentId, batchId),
        listTestRuns(agentId, batchId, 0, PAGE_SIZE),
        getTestRun(agentId, batchId, jobId));
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
    return new SdkCall("createTestCase", agentId, "POST", "/v1/test-cases", null,
        newJsonBody(body -> body
            .stringValue("agentId", agentId)
            .stringType("llmModel", "gpt-4o-mini")
            .array("mockData", variables -> variables
                .object(variable -> variable.stringType("variableName", "customer_name").stringType("value", "John Doe"))
                .object(variable -> variable.stringType("variableName", "account_status").stringType("value", "active")))
            .stringType("userPrompt", "You are an angry customer who wants to cancel his subscription. ")
            .integerType("attempt", 5)
            .stringType("successCriteria",
                "Agent should acknowledge the request, offer alternatives, and confirm cancellation if the user insists."))
            .build(),
        agent -> agent.testCases().create(SdkCalls::seedTestCase));
  }

  static SdkCall listTestCases(String agentId) {
    return new SdkCall("listTestCases", agentId, "GET", "/v1/test-cases", "agentId=" + agentId, null,
        agent -> agent.testCases().list());
  }

  static SdkCall getTestCase(String agentId, String testCaseId) {
    return new SdkCall("getTestCase", agentId, "GET", "/v1/test-cases/" + testCaseId, "agentId=" + agentId, null,
        agent -> agent.testCases().get(testCaseId));
  }

  /** A partial update: only the agent id and the changed field travel. */
  static SdkCall updateTestCase(String agentId, String testCaseId) {
    return new SdkCall("updateTestCase", agentId, "PUT", "/v1/test-cases/" + testCaseId, null,
        newJsonBody(body -> body
            .stringValue("agentId", agentId)
            .integerType("attempt", (int) UPDATED_ATTEMPTS)).build(),
        agent -> agent.testCases().update(testCaseId, changes -> changes.attempt(UPDATED_ATTEMPTS)));
  }

  static SdkCall deleteTestCase(String agentId, String testCaseId) {
    return new SdkCall("deleteTestCase", agentId, "DELETE", "/v1/test-cases/" + testCaseId, "agentId=" + agentId, null,
        agent -> agent.testCases().delete(testCaseId));
  }

  static SdkCall createBatchRun(String agentId, String testCaseId) {
    return new SdkCall("createBatchRun", agentId, "POST", "/v1/batch-runs", null,
        newJsonBody(body -> body
            .stringValue("agentId", agentId)
            .array("testCases", ids -> ids.stringValue(testCaseId))).build(),
        agent -> agent.batchRuns().create(testCaseId));
  }

  static SdkCall listBatchRuns(String agentId, int page, int size) {
    return new SdkCall("listBatchRuns", agentId, "GET", "/v1/batch-runs", "agentId=" + agentId + "&page=" + page + "&size=" + size,
        null, agent -> agent.batchRuns().list(PageRequest.of(page, size)));
  }

  static SdkCall getBatchRun(String agentId, String batchId) {
    return new SdkCall("getBatchRun", agentId, "GET", "/v1/batch-runs/" + batchId, "agentId=" + agentId, null,
        agent -> agent.batchRuns().get(batchId));
  }

  static SdkCall listTestRuns(String agentId, String batchId, int page, int size) {
    return new SdkCall("listTestRuns", agentId, "GET", "/v1/test-runs",
        "batchId=" + batchId + "&agentId=" + agentId + "&page=" + page + "&size=" + size, null,
        agent -> agent.testRuns(batchId).list(PageRequest.of(page, size)));
  }

  static SdkCall getTestRun(String agentId, String batchId, String jobId) {
    return new SdkCall("getTestRun", agentId, "GET", "/v1/test-runs/" + jobId, "batchId=" + batchId + "&agentId=" + agentId,
        null, agent -> agent.testRuns(batchId).get(jobId));
  }
}
