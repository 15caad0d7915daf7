package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.AgentStatus;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.BatchRunPage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchRunEndpointsTest {
  private static final SandboxClock CLOCK = SandboxClock.fixed(Instant.parse("2026-03-26T10:52:45.565Z"));

  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(SigmaMindSandbox.builder().clock(CLOCK));

  private Api api;
  private Api.TwoCases cases;

  @BeforeEach
  void setUp(SigmaMindSandbox sandbox) {
    api = new Api(sandbox.baseUrl(), "key-batches");
    cases = api.createTwoCases();
  }

  @Test
  void createAnswers201WithTheShortBatch() {
    Api.Reply reply = api.post("/v1/batch-runs",
        "{\"agentId\":\"" + DEMO_AGENT + "\",\"testCases\":[\"" + cases.twoAttempts().testCaseId() + "\"]}");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.tree()).containsOnlyKeys("batchId", "workspaceId", "agent", "createdDate");
    BatchRunCreated created = reply.as(BatchRunCreated.class);
    assertThat(created.batchId()).matches("batch_[0-9A-Za-z]{16}");
    assertThat(created.workspaceId()).isEqualTo(cases.twoAttempts().workspaceId());
    assertThat(created.agent()).isEqualTo(cases.twoAttempts().agent());
    Instant now = CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
    assertThat(created.createdDate()).isEqualTo(now.atOffset(ZoneOffset.UTC));
    assertThat(reply.tree().get("createdDate")).as("seed dates are to the second").isEqualTo(now.toString());
  }

  @Test
  void getAnswersTheFullBatchWithTotalAttemptsTheSumOfAttempts() {
    BatchRunCreated created = api.startBatch(cases.twoAttempts().testCaseId(), cases.threeAttempts().testCaseId());

    BatchRun batch = api.batch(created.batchId());

    assertThat(batch.batchId()).isEqualTo(created.batchId());
    assertThat(batch.agent()).isEqualTo(created.agent());
    assertThat(batch.createdDate()).isEqualTo(created.createdDate());
    assertThat(batch.testCases()).containsExactly(cases.twoAttempts(), cases.threeAttempts());
    assertThat(batch.totalAttempts()).isEqualTo(5L);
    assertThat(batch.successfulAttempts()).isZero();
    assertThat(batch.failedAttempts()).isZero();
  }

  @Test
  void aTestCaseListedTwiceRunsOnce() {
    BatchRunCreated created = api.startBatch(cases.twoAttempts().testCaseId(), cases.twoAttempts().testCaseId());

    assertThat(api.batch(created.batchId()).totalAttempts()).isEqualTo(2L);
  }

  @Test
  void theBatchKeepsTheTestCasesAsTheyWereWhenItStarted() {
    BatchRunCreated created = api.startBatch(cases.twoAttempts().testCaseId());
    api.put("/v1/test-cases/" + cases.twoAttempts().testCaseId(), "{\"agentId\":\"" + DEMO_AGENT + "\",\"attempt\":9}");
    api.delete("/v1/test-cases/" + cases.twoAttempts().testCaseId() + "?agentId=" + DEMO_AGENT);

    BatchRun batch = api.batch(created.batchId());

    assertThat(batch.testCases()).containsExactly(cases.twoAttempts());
    assertThat(batch.totalAttempts()).isEqualTo(2L);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"testCases\":[\"tc_x\"]}",
      "{\"agentId\":\"mJzLaPEo425lieb9\"}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"testCases\":[]}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"testCases\":[\"\"]}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"testCases\":[null]}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"testCases\":\"tc_x\"}",
      "{\"agentId\":\"mJzLaPEo425lieb9\",\"testCases\":[{}]}",
      "{\"agentId\":[],\"testCases\":[\"tc_x\"]}",
      "{]"})
  void createRejectsBadBodiesWith400(String body) {
    api.post("/v1/batch-runs", body).badRequest("/v1/batch-runs");
  }

  @Test
  void createNeedsAKnownAgentAndItsOwnTestCases(SigmaMindSandbox sandbox) {
    sandbox.addAgent("agent_other", "Other", AgentStatus.ACTIVE);

    api.post("/v1/batch-runs", "{\"agentId\":\"agent_nope\",\"testCases\":[\"" + cases.twoAttempts().testCaseId() + "\"]}").error(404);
    assertThat(api.post("/v1/batch-runs", "{\"agentId\":\"" + DEMO_AGENT + "\",\"testCases\":[\""
        + cases.twoAttempts().testCaseId() + "\",\"tc_missing\"]}").error(404).message()).contains("tc_missing");
    api.post("/v1/batch-runs", "{\"agentId\":\"agent_other\",\"testCases\":[\"" + cases.twoAttempts().testCaseId() + "\"]}").error(404);
    assertThat(api.get("/v1/batch-runs?agentId=" + DEMO_AGENT).as(BatchRunPage.class).totalCount())
        .as("a refused batch leaves nothing behind").isZero();
  }

  @Test
  void listPagesNewestFirst() {
    List<String> started = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      started.add(api.startBatch(cases.twoAttempts().testCaseId()).batchId());
      CLOCK.advance(Duration.ofSeconds(1));
    }

    BatchRunPage first = api.get("/v1/batch-runs?agentId=" + DEMO_AGENT + "&size=2").as(BatchRunPage.class);
    BatchRunPage last = api.get("/v1/batch-runs?agentId=" + DEMO_AGENT + "&size=2&page=2").as(BatchRunPage.class);
    BatchRunPage beyond = api.get("/v1/batch-runs?agentId=" + DEMO_AGENT + "&size=2&page=3").as(BatchRunPage.class);

    assertThat(first.data()).extracting(BatchRun::batchId).containsExactly(started.get(4), started.get(3));
    assertThat(first.data()).allSatisfy(batch -> assertThat(batch.testCases()).containsExactly(cases.twoAttempts()));
    assertThat(List.of(first.page(), first.size(), first.totalPages())).containsExactly(0, 2, 3);
    assertThat(first.totalCount()).isEqualTo(5L);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.hasPrevious()).isFalse();
    assertThat(last.data()).extracting(BatchRun::batchId).containsExactly(started.get(0));
    assertThat(last.hasNext()).isFalse();
    assertThat(last.hasPrevious()).isTrue();
    assertThat(beyond.data()).isEmpty();
  }

  @Test
  void listUsesTheDocumentedDefaultsAndEnvelope() {
    Api.Reply reply = api.get("/v1/batch-runs?agentId=" + DEMO_AGENT);

    assertThat(reply.tree()).isEqualTo(Map.of("data", List.of(), "page", 0.0, "size", 10.0, "totalCount", 0.0,
        "totalPages", 0.0, "hasNext", false, "hasPrevious", false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"page=-1", "page=x", "page=1.5", "size=0", "size=101", "size=-3", "size=ten", "page=99999999999"})
  void listRejectsBadPagingWith400(String paging) {
    api.get("/v1/batch-runs?agentId=" + DEMO_AGENT + "&" + paging).badRequest("/v1/batch-runs");
  }

  @Test
  void listAndGetNeedTheAgent() {
    BatchRunCreated created = api.startBatch(cases.twoAttempts().testCaseId());

    api.get("/v1/batch-runs").badRequest("/v1/batch-runs");
    api.get("/v1/batch-runs/" + created.batchId()).badRequest("/v1/batch-runs/" + created.batchId());
    api.get("/v1/batch-runs/batch_unknown?agentId=" + DEMO_AGENT).error(404);
    assertThat(api.get("/v1/batch-runs?agentId=" + DEMO_AGENT + "&size=100").as(BatchRunPage.class).data())
        .extracting(BatchRun::batchId).containsExactly(created.batchId());
  }
}
