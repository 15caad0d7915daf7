package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.AgentStatus;
import ai.sigmamind.sdk.models.AgentSummary;
import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.CreateBatchRunRequest;
import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.TestCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * By default the sandbox plays any agent a client names: the first use of an id creates it, empty,
 * in the caller's workspace. With known agents only, an unknown agent gets the API's 404.
 */
class AgentsOnFirstUseTest {
  private static final String AGENT = "agent_123";

  private static CreateTestCaseRequest testCaseFor(String agentId) {
    return CreateTestCaseRequest.builder().agentId(agentId).userPrompt("p").successCriteria("c").build();
  }

  @Test
  void anAgentIdNotSeenBeforeIsCreatedEmptyOnFirstUse() {
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().build().start()) {
      Api alice = new Api(sandbox.baseUrl(), "alice");

      assertThat(alice.get("/v1/test-cases?agentId=" + AGENT).body()).isEqualTo("[]");
      TestCase created = alice.createTestCase(testCaseFor(AGENT));
      BatchRunCreated batch = alice.post("/v1/batch-runs", Api.MOSHI.adapter(CreateBatchRunRequest.class).toJson(
          CreateBatchRunRequest.builder().agentId(AGENT).testCases(List.of(created.testCaseId())).build()))
          .as(BatchRunCreated.class);

      assertThat(created.agent()).isEqualTo(
          AgentSummary.builder().agentId(AGENT).name(AGENT).status(AgentStatus.TESTING).build());
      assertThat(batch.batchId()).startsWith("batch_");
      assertThat(alice.get("/v1/test-cases?agentId=" + AGENT).asListOf(TestCase.class)).containsExactly(created);
    }
  }

  @Test
  void aCreatedAgentBelongsToTheCallersKeyOnly() {
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().build().start()) {
      new Api(sandbox.baseUrl(), "alice").createTestCase(testCaseFor(AGENT));

      assertThat(new Api(sandbox.baseUrl(), "bob").get("/v1/test-cases?agentId=" + AGENT).body()).isEqualTo("[]");
    }
  }

  @Test
  void theSeedAgentAndItsDataAreUnchanged() {
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().seedData(true).build().start()) {
      Api seed = new Api(sandbox.baseUrl(), SigmaMindSandbox.SEED_API_KEY);
      seed.createTestCase(testCaseFor(AGENT));

      List<TestCase> seedCases = seed.get("/v1/test-cases?agentId=" + DEMO_AGENT).asListOf(TestCase.class);

      assertThat(seedCases).extracting(TestCase::testCaseId).containsExactly(SeedFixture.TEST_CASE_ID);
      assertThat(seedCases.get(0).agent()).isEqualTo(SeedFixture.AGENT);
    }
  }

  @Test
  void withKnownAgentsOnlyAnUnknownAgentIs404() {
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().knownAgentsOnly(true).build().start()) {
      Api api = new Api(sandbox.baseUrl(), "key");

      assertThat(api.post("/v1/test-cases", Api.MOSHI.adapter(CreateTestCaseRequest.class).toJson(testCaseFor(AGENT)))
          .error(404).message()).isEqualTo("Agent agent_123 not found (this sandbox plays known agents only)");
      api.get("/v1/test-cases?agentId=" + AGENT).error(404);
      api.get("/v1/batch-runs?agentId=" + AGENT).error(404);
      assertThat(api.createTestCase(testCaseFor(DEMO_AGENT)).agent()).isEqualTo(SeedFixture.AGENT);
      sandbox.addAgent(AGENT, "Support Bot", AgentStatus.LIVE);
      assertThat(api.createTestCase(testCaseFor(AGENT)).agent().name()).isEqualTo("Support Bot");
    }
  }
}
