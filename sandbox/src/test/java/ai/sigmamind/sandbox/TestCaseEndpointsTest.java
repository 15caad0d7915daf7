package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.AgentStatus;
import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.MockDataVariable;
import ai.sigmamind.sdk.models.TestCase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(SandboxExtension.class)
class TestCaseEndpointsTest {
  private static final String KEY = "key-test-cases";

  private Api api;

  @BeforeEach
  void setUp(@SandboxBaseUrl String baseUrl) {
    api = new Api(baseUrl, KEY);
  }

  private static CreateTestCaseRequest.Builder request() {
    return CreateTestCaseRequest.builder()
        .agentId(DEMO_AGENT)
        .label("Angry Customer - Cancellation Flow")
        .llmModel("gpt-4.1-mini")
        .mockData(List.of(MockDataVariable.builder().variableName("customer_name").value("Ann").build()))
        .userPrompt("You are an angry customer who wants to cancel her plan.")
        .attempt(3L)
        .successCriteria("Agent confirms the cancellation.");
  }

  @Test
  void createAnswers201WithTheStoredTestCase(SigmaMindSandbox sandbox) {
    TestCase created = api.createTestCase(request().build());

    assertThat(created.testCaseId()).matches("tc_[0-9A-Za-z]{16}");
    assertThat(created.agent().agentId()).isEqualTo(DEMO_AGENT);
    assertThat(created.agent().name()).isEqualTo("Demo Agent");
    assertThat(created.agent().status()).isEqualTo(AgentStatus.TESTING);
    assertThat(created.workspaceId()).isEqualTo(sandbox.workspaceId(KEY)).matches("org_[0-9A-Za-z]{16}");
    assertThat(created.llmModel()).isEqualTo("gpt-4.1-mini");
    assertThat(created.mockData()).extracting(MockDataVariable::value).containsExactly("Ann");
    assertThat(created.userPrompt()).isEqualTo("You are an angry customer who wants to cancel her plan.");
    assertThat(created.attempt()).isEqualTo(3L);
    assertThat(created.successCriteria()).isEqualTo("Agent confirms the cancellation.");
    assertThat(created.label()).as("the seed generation has no label").isNull();
  }

  @Test
  void createFillsDefaultsForOptionalFields() {
    TestCase created = api.createTestCase(CreateTestCaseRequest.builder()
        .agentId(DEMO_AGENT).userPrompt("A customer.").successCriteria("Agent helps.").build());

    assertThat(created.attempt()).isEqualTo(1L);
    assertThat(created.llmModel()).isEqualTo("gpt-4o-mini");
    assertThat(created.mockData()).isEmpty();
    assertThat(api.post("/v1/test-cases", "{\"agentId\":\"" + DEMO_AGENT + "\",\"userPrompt\":\"p\",\"successCriteria\":\"c\"}")
        .tree()).containsEntry("mockData", List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"userPrompt\":\"p\",\"successCriteria\":\"c\"}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"successCriteria\":\"c\"}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"userPrompt\":\"p\"}",
      "{\"agentId\":\" \",\"userPrompt\":\"p\",\"successCriteria\":\"c\"}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"userPrompt\":\"\",\"successCriteria\":\"c\"}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"userPrompt\":\"p\",\"successCriteria\":\"c\",\"attempt\":0}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"userPrompt\":\"p\",\"successCriteria\":\"c\",\"attempt\":\"many\"}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"userPrompt\":\"p\",\"successCriteria\":\"c\",\"attempt\":1.5}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"userPrompt\":{\"nested\":true},\"successCriteria\":\"c\"}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"userPrompt\":\"p\",\"successCriteria\":\"c\",\"mockData\":[{\"variableName\":\"x\"}]}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"userPrompt\":\"p\",\"successCriteria\":\"c\",\"mockData\":\"x\"}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",",
      "[1, 2]",
      "null",
      "not json",
      "{} {}",
      ""})
  void createRejectsBadBodiesWith400(String body) {
    api.post("/v1/test-cases", body).badRequest("/v1/test-cases");
  }

  @Test
  void aBodyOverTheLimitIs413NotAFullHeap() {
    String huge = "{\"agentId\":\"" + DEMO_AGENT + "\",\"userPrompt\":\"" + "p".repeat(ApiServer.MAX_REQUEST_BODY_BYTES)
        + "\",\"successCriteria\":\"c\"}";

    Api.Reply reply = api.post("/v1/test-cases", huge);

    assertThat(reply.code()).isEqualTo(413);
    assertThat(reply.tree()).containsEntry("error", "Payload Too Large").containsEntry("path", "/v1/test-cases");
    assertThat(api.get("/v1/test-cases?agentId=" + DEMO_AGENT).body()).isEqualTo("[]");
  }

  @Test
  void createForAnAgentAddedThroughTheJavaApiWorks(SigmaMindSandbox sandbox) {
    sandbox.addAgent("agent_D5D0p7TUs66TTAEAx", "Support Bot", AgentStatus.LIVE);

    TestCase created = api.createTestCase(request().agentId("agent_D5D0p7TUs66TTAEAx").build());

    assertThat(created.agent().name()).isEqualTo("Support Bot");
    assertThat(created.agent().status()).isEqualTo(AgentStatus.LIVE);
  }

  @Test
  void listAnswersABareArrayOfTheAgentsTestCasesInCreationOrder(SigmaMindSandbox sandbox) {
    assertThat(api.get("/v1/test-cases?agentId=" + DEMO_AGENT).body()).isEqualTo("[]");
    TestCase first = api.createTestCase(request().build());
    TestCase second = api.createTestCase(request().userPrompt("Another persona.").build());
    sandbox.addAgent("agent_other", "Other", AgentStatus.ACTIVE);
    api.createTestCase(request().agentId("agent_other").build());

    Api.Reply reply = api.get("/v1/test-cases?agentId=" + DEMO_AGENT);

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).startsWith("[");
    assertThat(reply.asListOf(TestCase.class)).containsExactly(first, second);
  }

  @Test
  void listNeedsAnAgentId() {
    assertThat(api.get("/v1/test-cases").error(400).message()).contains("agentId");
    assertThat(api.get("/v1/test-cases?agentId=").error(400).message()).contains("agentId");
  }

  @Test
  void getAnswersTheTestCaseOfThatAgentOnly(SigmaMindSandbox sandbox) {
    TestCase created = api.createTestCase(request().build());
    sandbox.addAgent("agent_other", "Other", AgentStatus.ACTIVE);

    assertThat(api.get("/v1/test-cases/" + created.testCaseId() + "?agentId=" + DEMO_AGENT).as(TestCase.class)).isEqualTo(created);
    api.get("/v1/test-cases/" + created.testCaseId() + "?agentId=agent_other").error(404);
    api.get("/v1/test-cases/tc_unknown?agentId=" + DEMO_AGENT).error(404);
    api.get("/v1/test-cases/" + created.testCaseId()).error(400);
  }

  @Test
  void updateIsPartialAndLeavesOmittedFieldsUnchanged() {
    TestCase created = api.createTestCase(request().build());

    Api.Reply reply = api.put("/v1/test-cases/" + created.testCaseId(),
        "{\"agentId\":\"" + DEMO_AGENT + "\",\"attempt\":7,\"successCriteria\":\"Agent offers a discount.\",\"llmModel\":null}");

    assertThat(reply.code()).isEqualTo(200);
    TestCase updated = reply.as(TestCase.class);
    assertThat(updated).isEqualTo(created.toBuilder().attempt(7L).successCriteria("Agent offers a discount.").build());
    assertThat(api.get("/v1/test-cases/" + created.testCaseId() + "?agentId=" + DEMO_AGENT).as(TestCase.class)).isEqualTo(updated);
  }

  @Test
  void updateReplacesMockDataOnlyWhenSent() {
    TestCase created = api.createTestCase(request().build());
    String path = "/v1/test-cases/" + created.testCaseId();

    TestCase unchanged = api.put(path, "{\"agentId\":\"" + DEMO_AGENT + "\",\"userPrompt\":\"New persona.\"}").as(TestCase.class);
    TestCase replaced = api.put(path, "{\"agentId\":\"" + DEMO_AGENT
        + "\",\"mockData\":[{\"variableName\":\"plan\",\"value\":\"gold\"}]}").as(TestCase.class);
    TestCase cleared = api.put(path, "{\"agentId\":\"" + DEMO_AGENT + "\",\"mockData\":[]}").as(TestCase.class);

    assertThat(unchanged.mockData()).isEqualTo(created.mockData());
    assertThat(unchanged.userPrompt()).isEqualTo("New persona.");
    assertThat(replaced.mockData()).extracting(MockDataVariable::variableName).containsExactly("plan");
    assertThat(cleared.mockData()).isEmpty();
  }

  @Test
  void updateValidatesLikeCreate() {
    TestCase created = api.createTestCase(request().build());
    String path = "/v1/test-cases/" + created.testCaseId();

    api.put(path, "{\"userPrompt\":\"p\"}").badRequest(path);
    api.put(path, "{\"agentId\":\"" + DEMO_AGENT + "\",\"userPrompt\":\" \"}").badRequest(path);
    api.put(path, "{\"agentId\":\"" + DEMO_AGENT + "\",\"attempt\":-1}").badRequest(path);
    api.put(path, "{\"agentId\":\"" + DEMO_AGENT + "\",\"mockData\":{}}").badRequest(path);
    api.put("/v1/test-cases/tc_unknown", "{\"agentId\":\"" + DEMO_AGENT + "\"}").error(404);
    assertThat(api.get(path + "?agentId=" + DEMO_AGENT).as(TestCase.class)).isEqualTo(created);
  }

  @Test
  void deleteAnswers204ThenTheTestCaseIsGone() {
    TestCase created = api.createTestCase(request().build());
    String path = "/v1/test-cases/" + created.testCaseId() + "?agentId=" + DEMO_AGENT;

    Api.Reply deleted = api.delete(path);

    assertThat(deleted.code()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    api.get(path).error(404);
    api.delete(path).error(404);
    api.delete("/v1/test-cases/" + created.testCaseId()).error(400);
    assertThat(api.get("/v1/test-cases?agentId=" + DEMO_AGENT).asListOf(TestCase.class)).isEmpty();
  }

  @Test
  void percentEncodedIdsAreDecoded() {
    TestCase created = api.createTestCase(request().build());

    Api.Reply reply = api.get("/v1/test-cases/" + created.testCaseId().replace("_", "%5F") + "?agentId=" + DEMO_AGENT);

    assertThat(reply.as(TestCase.class)).isEqualTo(created);
  }
}
