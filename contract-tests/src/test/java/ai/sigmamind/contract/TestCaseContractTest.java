package ai.sigmamind.contract;

import static ai.sigmamind.contract.Examples.IDS;
import static ai.sigmamind.contract.ProviderStateNames.NO_TEST_CASES;
import static ai.sigmamind.contract.ProviderStateNames.agentExists;
import static ai.sigmamind.contract.ProviderStateNames.agentHasTestCase;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayLike;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.BadRequestException;
import ai.sigmamind.sdk.models.ApiError;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.MockDataVariable;
import ai.sigmamind.sdk.models.TestCase;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The five test-case operations, their empty list and the documented 400, as the SDK sends and reads them. */
class TestCaseContractTest {
  /** How the SDK makes each test-case operation's call ({@link OperationCalls}). */
  static final List<Function<Ids, SdkCall<?>>> OPERATIONS = List.of(TestCaseContractTest::create,
      TestCaseContractTest::list, TestCaseContractTest::get, TestCaseContractTest::update, TestCaseContractTest::delete);
  /** The new attempt count of the partial update. */
  private static final long UPDATED_ATTEMPTS = 3;

  /** The seed's test case as a create request (agent id set by the SDK's agent handle). */
  private static void seedTestCase(CreateTestCaseRequest.Builder request) {
    request.llmModel("gpt-4o-mini")
        .mockData(List.of(
            MockDataVariable.builder().variableName("customer_name").value("John Doe").build(),
            MockDataVariable.builder().variableName("account_status").value("active").build()))
        .userPrompt("You are an angry customer who wants to cancel his subscription. ")
        .attempt(5L)
        .successCriteria("Agent should acknowledge the request, offer alternatives, and confirm cancellation if the user insists.");
  }

  static SdkCall<TestCase> create(Ids ids) {
    // Exactly what the SDK sends for seedTestCase: a request body may not carry unexpected keys.
    return SdkCall.of(ApiOperation.CREATE_TEST_CASE, ids.agentId(), null, null,
        SdkCall.bodyOf(ids.agentId(), body -> body
            .stringType("llmModel", "gpt-4o-mini")
            .array("mockData", variables -> variables
                .object(variable -> variable.stringType("variableName", "customer_name").stringType("value", "John Doe"))
                .object(variable -> variable.stringType("variableName", "account_status").stringType("value", "active")))
            .stringType("userPrompt", "You are an angry customer who wants to cancel his subscription. ")
            .integerType("attempt", 5)
            .stringType("successCriteria",
                "Agent should acknowledge the request, offer alternatives, and confirm cancellation if the user insists.")),
        agent -> agent.testCases().create(TestCaseContractTest::seedTestCase));
  }

  static SdkCall<List<TestCase>> list(Ids ids) {
    return SdkCall.of(ApiOperation.LIST_TEST_CASES, ids.agentId(), null, "agentId=" + ids.agentId(), null,
        agent -> agent.testCases().list());
  }

  static SdkCall<TestCase> get(Ids ids) {
    return SdkCall.of(ApiOperation.GET_TEST_CASE, ids.agentId(), ids.testCaseId(), "agentId=" + ids.agentId(), null,
        agent -> agent.testCases().get(ids.testCaseId()));
  }

  /** A partial update: only the agent id and the changed field travel. */
  static SdkCall<TestCase> update(Ids ids) {
    return SdkCall.of(ApiOperation.UPDATE_TEST_CASE, ids.agentId(), ids.testCaseId(), null,
        SdkCall.bodyOf(ids.agentId(), body -> body.integerType("attempt", (int) UPDATED_ATTEMPTS)),
        agent -> agent.testCases().update(ids.testCaseId(), changes -> changes.attempt(UPDATED_ATTEMPTS)));
  }

  static SdkCall<Void> delete(Ids ids) {
    return SdkCall.of(ApiOperation.DELETE_TEST_CASE, ids.agentId(), ids.testCaseId(), "agentId=" + ids.agentId(), null,
        SdkCall.returningNothing(agent -> agent.testCases().delete(ids.testCaseId())));
  }

  @Test
  void createSendsTheTestCaseAndReadsTheStoredOne() {
    TestCase created = Interaction.answered("create a test case", create(IDS), 201, newJsonBody(Bodies::testCase).build())
        .given(agentExists(IDS.agentId())).exchange();

    assertThat(created.testCaseId()).isEqualTo(IDS.testCaseId());
    assertThat(created.agent().agentId()).isEqualTo(IDS.agentId());
    assertThat(created.mockData()).extracting(variable -> variable.variableName()).containsExactly("customer_name");
    assertThat(created.attempt()).isEqualTo(5L);
  }

  /** The documented error: a blank prompt is a valid string to the spec but not to the server. */
  @Test
  void aRejectedCreateRaisesBadRequestWithTheServersErrorBody() {
    SdkCall<TestCase> blankPrompt = SdkCall.of(ApiOperation.CREATE_TEST_CASE, IDS.agentId(), null, null,
        newJsonBody(body -> body
            .stringValue("agentId", IDS.agentId())
            .stringValue("userPrompt", " ")
            .stringType("successCriteria", "Agent offers alternatives.")).build(),
        agent -> agent.testCases().create(request -> request.userPrompt(" ").successCriteria("Agent offers alternatives.")));
    Interaction<TestCase> rejected = Interaction.answered("create a test case with a blank user prompt", blankPrompt,
        400, Bodies.errorBody(400, "Bad Request", "/v1/test-cases")).given(agentExists(IDS.agentId()));

    MockApi.run(List.of(rejected), client -> assertThatThrownBy(() -> blankPrompt.invoke(client))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.apiError()).hasValueSatisfying(error -> assertThat(error)
              .extracting(ApiError::error, ApiError::path, ApiError::status)
              .containsExactly("Bad Request", "/v1/test-cases", 400));
          assertThat(e.apiError().orElseThrow().timestamp()).isNotNull();
          assertThat(e.getMessage()).contains("Invalid request parameters");
        }));
  }

  @Test
  void listReadsTheBareArray() {
    List<TestCase> testCases = Interaction.answered("list an agent's test cases", list(IDS), 200,
        newJsonArrayLike(Bodies::testCase).build()).given(agentHasTestCase(IDS.agentId(), IDS.testCaseId())).exchange();

    assertThat(testCases).extracting(TestCase::testCaseId).containsExactly(IDS.testCaseId());
  }

  @Test
  void anEmptyListIsAnEmptyArray() {
    List<TestCase> testCases = Interaction.answered("list the test cases of an agent that has none", list(IDS), 200,
        new PactDslJsonArray()).given(NO_TEST_CASES).exchange();

    assertThat(testCases).isEmpty();
  }

  @Test
  void getReadsEveryField() {
    TestCase testCase = Interaction.answered("get a test case", get(IDS), 200, newJsonBody(Bodies::testCase).build())
        .given(agentHasTestCase(IDS.agentId(), IDS.testCaseId())).exchange();

    assertThat(testCase.userPrompt()).startsWith("You are an angry customer");
    assertThat(testCase.successCriteria()).startsWith("Agent should acknowledge");
    assertThat(testCase).extracting(TestCase::testCaseId, TestCase::workspaceId, TestCase::llmModel)
        .containsExactly(IDS.testCaseId(), "org_V6eZ2zg8ziDx5pft", "gpt-4o-mini");
    assertThat(testCase.agent()).extracting(agent -> agent.name(), agent -> agent.status().value())
        .containsExactly("Demo Agent", "Testing");
  }

  @Test
  void aPartialUpdateSendsOnlyTheChangedField() {
    TestCase updated = Interaction.answered("update only the attempts of a test case", update(IDS), 200,
        newJsonBody(Bodies::testCase).build()).given(agentHasTestCase(IDS.agentId(), IDS.testCaseId())).exchange();

    assertThat(updated.testCaseId()).isEqualTo(IDS.testCaseId());
  }

  @Test
  void deleteAcceptsNoContent() {
    Interaction.answered("delete a test case", delete(IDS), 204, null)
        .given(agentHasTestCase(IDS.agentId(), IDS.testCaseId())).exchange();
  }
}
