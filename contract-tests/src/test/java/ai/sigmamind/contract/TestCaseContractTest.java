package ai.sigmamind.contract;

import static ai.sigmamind.contract.Examples.AGENT_ID;
import static ai.sigmamind.contract.Examples.TEST_CASE_ID;
import static ai.sigmamind.contract.ProviderStateNames.NO_TEST_CASES;
import static ai.sigmamind.contract.ProviderStateNames.agentExists;
import static ai.sigmamind.contract.ProviderStateNames.agentHasTestCase;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayLike;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.BadRequestException;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.TestCase;
import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The five test-case operations, their empty list and the documented 400, as the SDK sends and reads them. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contract.PROVIDER, pactVersion = PactSpecVersion.V4)
class TestCaseContractTest {

  @Pact(consumer = Contract.CONSUMER)
  V4Pact createTestCase(PactDslWithProvider builder) {
    return SdkCalls.createTestCase(AGENT_ID)
        .answered(builder.given(agentExists(AGENT_ID)).uponReceiving("create a test case"),
            201, newJsonBody(Bodies::testCase).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createTestCase")
  void createSendsTheTestCaseAndReadsTheStoredOne(MockServer server) {
    TestCase created = ConsumerClients.call(server, agent -> agent.testCases().create(SdkCalls::seedTestCase));

    assertThat(created.testCaseId()).isEqualTo(TEST_CASE_ID);
    assertThat(created.agent().agentId()).isEqualTo(AGENT_ID);
    assertThat(created.mockData()).extracting(variable -> variable.variableName()).containsExactly("customer_name");
    assertThat(created.attempt()).isEqualTo(5L);
  }

  /** The documented error: a blank prompt is a valid string to the spec but not to the server. */
  @Pact(consumer = Contract.CONSUMER)
  V4Pact createTestCaseWithBlankPrompt(PactDslWithProvider builder) {
    return Bodies.json(SdkCall.withApiKey(builder.given(agentExists(AGENT_ID))
            .uponReceiving("create a test case with a blank user prompt")
            .method("POST")
            .path("/v1/test-cases"), Examples.API_KEY)
        .body(newJsonBody(body -> body
            .stringValue("agentId", AGENT_ID)
            .stringValue("userPrompt", " ")
            .stringType("successCriteria", "Agent offers alternatives.")).build()),
        400, Bodies.errorBody(400, "Bad Request", "/v1/test-cases"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createTestCaseWithBlankPrompt")
  void aRejectedCreateRaisesBadRequestWithTheServersErrorBody(MockServer server) {
    try (SigmaMindClient client = ConsumerClients.against(server)) {
      assertThatThrownBy(() -> client.agent(AGENT_ID).testCases()
          .create(request -> request.userPrompt(" ").successCriteria("Agent offers alternatives.")))
          .isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.apiError()).hasValueSatisfying(error -> {
              assertThat(error.error()).isEqualTo("Bad Request");
              assertThat(error.path()).isEqualTo("/v1/test-cases");
              assertThat(error.status()).isEqualTo(400);
              assertThat(error.timestamp()).isNotNull();
            });
            assertThat(e.getMessage()).contains("Invalid request parameters");
          });
    }
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact listTestCases(PactDslWithProvider builder) {
    return SdkCalls.listTestCases(AGENT_ID)
        .answered(builder.given(agentHasTestCase(AGENT_ID, TEST_CASE_ID)).uponReceiving("list an agent's test cases"),
            200, newJsonArrayLike(Bodies::testCase).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listTestCases")
  void listReadsTheBareArray(MockServer server) {
    List<TestCase> testCases = ConsumerClients.call(server, agent -> agent.testCases().list());

    assertThat(testCases).extracting(TestCase::testCaseId).containsExactly(TEST_CASE_ID);
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact listNoTestCases(PactDslWithProvider builder) {
    return SdkCalls.listTestCases(AGENT_ID)
        .answered(builder.given(NO_TEST_CASES).uponReceiving("list the test cases of an agent that has none"),
            200, new PactDslJsonArray())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listNoTestCases")
  void anEmptyListIsAnEmptyArray(MockServer server) {
    List<TestCase> testCases = ConsumerClients.call(server, agent -> agent.testCases().list());

    assertThat(testCases).isEmpty();
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact getTestCase(PactDslWithProvider builder) {
    return SdkCalls.getTestCase(AGENT_ID, TEST_CASE_ID)
        .answered(builder.given(agentHasTestCase(AGENT_ID, TEST_CASE_ID)).uponReceiving("get a test case"),
            200, newJsonBody(Bodies::testCase).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getTestCase")
  void getReadsEveryField(MockServer server) {
    TestCase testCase = ConsumerClients.call(server, agent -> agent.testCases().get(TEST_CASE_ID));

    assertThat(testCase.testCaseId()).isEqualTo(TEST_CASE_ID);
    assertThat(testCase.workspaceId()).isEqualTo("org_V6eZ2zg8ziDx5pft");
    assertThat(testCase.agent().name()).isEqualTo("Demo Agent");
    assertThat(testCase.agent().status().value()).isEqualTo("Testing");
    assertThat(testCase.llmModel()).isEqualTo("gpt-4o-mini");
    assertThat(testCase.userPrompt()).startsWith("You are an angry customer");
    assertThat(testCase.successCriteria()).startsWith("Agent should acknowledge");
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact updateTestCase(PactDslWithProvider builder) {
    return SdkCalls.updateTestCase(AGENT_ID, TEST_CASE_ID)
        .answered(builder.given(agentHasTestCase(AGENT_ID, TEST_CASE_ID))
            .uponReceiving("update only the attempts of a test case"),
            200, newJsonBody(Bodies::testCase).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateTestCase")
  void aPartialUpdateSendsOnlyTheChangedField(MockServer server) {
    TestCase updated = ConsumerClients.call(server, agent -> agent.testCases()
          .update(TEST_CASE_ID, changes -> changes.attempt(SdkCalls.UPDATED_ATTEMPTS)));

    assertThat(updated.testCaseId()).isEqualTo(TEST_CASE_ID);
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact deleteTestCase(PactDslWithProvider builder) {
    return SdkCalls.deleteTestCase(AGENT_ID, TEST_CASE_ID)
        .request(builder.given(agentHasTestCase(AGENT_ID, TEST_CASE_ID)).uponReceiving("delete a test case"),
            Examples.API_KEY)
        .willRespondWith()
        .status(204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteTestCase")
  void deleteAcceptsNoContent(MockServer server) {
    try (SigmaMindClient client = ConsumerClients.against(server)) {
      client.agent(AGENT_ID).testCases().delete(TEST_CASE_ID);
    }
  }
}
