package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.models.AgentStatus;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunPage;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Pact provider-state hook and the other admin endpoints. */
@ExtendWith(SandboxExtension.class)
class ProviderStatesTest {
  private static final String SEED_RUN_STATE =
      "test run job_ksUu5yRHGTLLrLeM of batch batch_s0OJu2JWR8R45Fai exists and succeeded";
  private static final String SEED_RUN_PATH =
      "/v1/test-runs/job_ksUu5yRHGTLLrLeM?batchId=batch_s0OJu2JWR8R45Fai&agentId=" + DEMO_AGENT;

  private SigmaMindSandbox sandbox;
  private Api admin;
  private Api seed;

  @BeforeEach
  void setUp(SigmaMindSandbox sandbox) {
    this.sandbox = sandbox;
    this.admin = new Api(sandbox.baseUrl(), null);
    this.seed = new Api(sandbox.baseUrl(), SigmaMindSandbox.SEED_API_KEY);
  }

  private Api.Reply state(String state, String params, String action) {
    return admin.post("/_sandbox/provider-states",
        "{\"state\":\"" + state + "\",\"params\":" + params + ",\"action\":\"" + action + "\"}");
  }

  private Map<String, Object> setUp(String state) {
    return setUp(state, "{}");
  }

  private Map<String, Object> setUp(String state, String params) {
    Api.Reply reply = state(state, params, "setup");
    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    return reply.tree();
  }

  private static Object seedResponse() throws IOException {
    try (InputStream in = ProviderStatesTest.class.getResourceAsStream("/seed-get-test-run.json")) {
      return Api.MOSHI.adapter(Object.class).fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theSeedRunStateAnswersExactlyTheDocumentedSeedResponse() throws IOException {
    Map<String, Object> ids = setUp(SEED_RUN_STATE);

    Api.Reply reply = seed.get(SEED_RUN_PATH);

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.tree()).isEqualTo(seedResponse());
    assertThat(ids).containsEntry("apiKey", SigmaMindSandbox.SEED_API_KEY)
        .containsEntry("workspaceId", "org_V6eZ2zg8ziDx5pft")
        .containsEntry("agentId", DEMO_AGENT)
        .containsEntry("testCaseId", "tc_d17T6uReChpyfFeP")
        .containsEntry("batchId", "batch_s0OJu2JWR8R45Fai")
        .containsEntry("jobId", "job_ksUu5yRHGTLLrLeM");
  }

  @Test
  void theSameStatesAreSetUpFromJava() throws IOException {
    Map<String, String> ids = sandbox.setUpProviderState(SEED_RUN_STATE, Map.of());

    assertThat(seed.get(SEED_RUN_PATH).tree()).isEqualTo(seedResponse());
    assertThat(ids).containsEntry("jobId", "job_ksUu5yRHGTLLrLeM").containsEntry("workspaceId", "org_V6eZ2zg8ziDx5pft");
    assertThatThrownBy(() -> sandbox.setUpProviderState("the moon is made of cheese", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown provider state 'the moon is made of cheese'")
        .hasMessageContaining("agent {agentId} exists");
  }

  @Test
  void theSeedRunBelongsToACompleteBatchOfFiveSucceededRuns() {
    setUp(SEED_RUN_STATE);

    BatchRun batch = seed.batch("batch_s0OJu2JWR8R45Fai");
    List<TestRun> runs = seed.runs("batch_s0OJu2JWR8R45Fai").data();

    assertThat(batch.totalAttempts()).isEqualTo(5L);
    assertThat(batch.successfulAttempts()).isEqualTo(5L);
    assertThat(batch.failedAttempts()).isZero();
    assertThat(batch.createdDate()).hasToString("2023-11-07T05:31:56Z");
    assertThat(runs).extracting(TestRun::jobId).first().isEqualTo("job_ksUu5yRHGTLLrLeM");
    assertThat(runs).extracting(TestRun::jobId).doesNotHaveDuplicates();
  }

  @Test
  void aStateNamingOtherIdsUsesThem() {
    setUp("test run job_custom of batch batch_custom exists and failed");

    TestRun run = seed.get("/v1/test-runs/job_custom?batchId=batch_custom&agentId=" + DEMO_AGENT).as(TestRun.class);

    assertThat(run.successful()).isFalse();
    assertThat(run.remarks()).startsWith("The agent did not meet the success criteria");
    assertThat(seed.batch("batch_custom").failedAttempts()).isEqualTo(1L);
  }

  @Test
  void runningStatesHaveNoVerdictAndStayRunning() {
    setUp("test run job_r of batch batch_r is running");
    setUp("batch batch_s is running");
    sandbox.clock().advance(Duration.ofDays(30));

    assertThat(seed.get("/v1/test-runs/job_r?batchId=batch_r&agentId=" + DEMO_AGENT).tree())
        .doesNotContainKeys("completedDate", "isSuccesful", "remarks");
    BatchRun batch = seed.batch("batch_s");
    assertThat(batch.successfulAttempts() + batch.failedAttempts()).isZero();
  }

  @Test
  void agentHasTestCaseCreatesTheSeedsTestCase() {
    setUp("agent mJzLaPEo425lieb9 has test case tc_d17T6uReChpyfFeP");

    TestCase testCase = seed.get("/v1/test-cases/tc_d17T6uReChpyfFeP?agentId=" + DEMO_AGENT).as(TestCase.class);

    assertThat(testCase.userPrompt()).isEqualTo("You are an angry customer who wants to cancel his subscription. ");
    assertThat(testCase.attempt()).isEqualTo(5L);
    assertThat(testCase.workspaceId()).isEqualTo("org_V6eZ2zg8ziDx5pft");
  }

  @Test
  void agentStatesCanCreateAgents() {
    setUp("agent agent_D5D0p7TUs66TTAEAx has test case tc_new", "{\"agentName\":\"Support Bot\",\"agentStatus\":\"Live\"}");

    TestCase testCase = seed.get("/v1/test-cases/tc_new?agentId=agent_D5D0p7TUs66TTAEAx").as(TestCase.class);

    assertThat(testCase.agent().name()).isEqualTo("Support Bot");
    assertThat(testCase.agent().status()).isEqualTo(AgentStatus.LIVE);
    setUp("agent agent_only exists");
    assertThat(seed.get("/v1/test-cases?agentId=agent_only").body()).isEqualTo("[]");
  }

  @Test
  void batchHasCountRunsTakesTheCountFromTheNameOrParams() {
    setUp("batch batch_three has 3 test runs");
    setUp("batch batch_seven has many test runs", "{\"count\":7}");

    assertThat(seed.batch("batch_three").totalAttempts()).isEqualTo(3L);
    assertThat(seed.batch("batch_seven").totalAttempts()).isEqualTo(7L);
    assertThat(seed.runs("batch_seven").totalCount()).isEqualTo(7L);
    state("batch batch_x has none test runs", "{}", "setup").error(400);
  }

  @Test
  void batchExistsStateIsIdempotentAndNoBatchRunsExistClears() {
    setUp("batch batch_s0OJu2JWR8R45Fai exists");
    setUp("batch batch_s0OJu2JWR8R45Fai exists");

    assertThat(seed.get("/v1/batch-runs?agentId=" + DEMO_AGENT).as(BatchRunPage.class).totalCount()).isEqualTo(1L);
    setUp("no batch runs exist");
    assertThat(seed.get("/v1/batch-runs?agentId=" + DEMO_AGENT).as(BatchRunPage.class).totalCount()).isZero();
  }

  @Test
  void noTestCasesExistClearsTheWorkspacesTestCases() {
    setUp("agent mJzLaPEo425lieb9 has test case tc_d17T6uReChpyfFeP");

    setUp("no test cases exist");

    assertThat(seed.get("/v1/test-cases?agentId=" + DEMO_AGENT).body()).isEqualTo("[]");
  }

  @Test
  void paramsChooseTheWorkspace() {
    Map<String, Object> ids = setUp(SEED_RUN_STATE, "{\"apiKey\":\"pact-key\"}");

    assertThat(ids).containsEntry("workspaceId", sandbox.workspaceId("pact-key"));
    assertThat(new Api(sandbox.baseUrl(), "pact-key").get(SEED_RUN_PATH).as(TestRun.class).workspaceId())
        .isEqualTo(sandbox.workspaceId("pact-key"));
    seed.get(SEED_RUN_PATH).error(404);
  }

  @Test
  void teardownResetsEverything() {
    setUp(SEED_RUN_STATE);

    Api.Reply reply = state(SEED_RUN_STATE, "{}", "teardown");

    assertThat(reply.code()).isEqualTo(200);
    seed.get(SEED_RUN_PATH).error(404);
  }

  @Test
  void badStateCallsAre400() {
    assertThat(state("the moon is made of cheese", "{}", "setup").error(400).message())
        .contains("Unknown provider state").contains("batch {batchId} exists");
    state(SEED_RUN_STATE, "{}", "explode").error(400);
    state(SEED_RUN_STATE, "[]", "setup").error(400);
    admin.post("/_sandbox/provider-states", "{\"state\":7}").error(400);
    admin.post("/_sandbox/provider-states", "[]").error(400);
    admin.post("/_sandbox/provider-states", "{").error(400);
  }

  /** What stock verifiers (the Rust core) post for an interaction without a provider state. */
  @Test
  void blankOrMissingStateIsANoOpThatAnswersTheSeedKey() {
    setUp(SEED_RUN_STATE);
    Map<String, Object> seedKey = Map.of(
        "apiKey", SigmaMindSandbox.SEED_API_KEY, "workspaceId", sandbox.workspaceId(SigmaMindSandbox.SEED_API_KEY));

    assertThat(setUp("")).isEqualTo(seedKey);
    assertThat(setUp("  ")).isEqualTo(seedKey);
    Api.Reply missing = admin.post("/_sandbox/provider-states", "{\"params\":{}}");
    assertThat(missing.code()).as(missing.body()).isEqualTo(200);
    assertThat(missing.tree()).isEqualTo(seedKey);
    assertThat(state("", "{}", "teardown").code()).isEqualTo(200);

    assertThat(seed.get(SEED_RUN_PATH).code()).as("blank setup and teardown keep the data").isEqualTo(200);
  }

  @Test
  void pactsDefaultActionIsSetup() {
    assertThat(admin.post("/_sandbox/provider-states", "{\"state\":\"" + SEED_RUN_STATE + "\"}").code()).isEqualTo(200);
    assertThat(seed.get(SEED_RUN_PATH).code()).isEqualTo(200);
  }

  @Test
  void resetEndpointClearsData() {
    seed.createTestCase("A customer.", "Agent helps.", 1);

    assertThat(admin.post("/_sandbox/reset", "").code()).isEqualTo(204);

    assertThat(seed.get("/v1/test-cases?agentId=" + DEMO_AGENT).body()).isEqualTo("[]");
  }

  @Test
  void clockEndpointAdvancesTheSandboxClock() {
    long before = sandbox.clock().instant().getEpochSecond();

    Api.Reply reply = admin.post("/_sandbox/clock/advance?seconds=90.5", "");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(sandbox.clock().instant().getEpochSecond() - before).isBetween(90L, 92L);
    assertThat(reply.tree()).containsKey("now");
    admin.post("/_sandbox/clock/advance?seconds=-1", "").error(400);
    admin.post("/_sandbox/clock/advance?seconds=soon", "").error(400);
    admin.post("/_sandbox/clock/advance", "").error(400);
  }

  @Test
  void adminEndpointsCanBeSwitchedOff() {
    try (SigmaMindSandbox locked = SigmaMindSandbox.builder().adminEndpoints(false).build().start()) {
      new Api(locked.baseUrl(), null).post("/_sandbox/reset", "").error(401);
      new Api(locked.baseUrl(), "key").post("/_sandbox/reset", "").error(404);
      new Api(locked.baseUrl(), "key").post("/_sandbox/provider-states", "{\"state\":\"" + SEED_RUN_STATE + "\"}").error(404);
    }
  }
}
