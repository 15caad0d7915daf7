package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.sdk.models.TestRunPage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestRunEndpointsTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(SigmaMindSandbox.builder()
      .clock(SandboxClock.fixed(Instant.parse("2026-01-01T00:00:00Z"))));

  private Api api;
  private Api.TwoCases cases;
  private BatchRunCreated batch;

  @BeforeEach
  void setUp(SigmaMindSandbox sandbox) {
    api = new Api(sandbox.baseUrl(), "key-runs");
    cases = api.createTwoCases();
    batch = api.startBatch(cases.twoAttempts().testCaseId(), cases.threeAttempts().testCaseId());
  }

  private String runs(String query) {
    return "/v1/test-runs?" + query;
  }

  @Test
  void listAnswersTheBatchsRunsInOrderInTheEnvelope() {
    TestRunPage page = api.runs(batch.batchId());

    assertThat(page.totalCount()).isEqualTo(5L);
    assertThat(page.totalPages()).isEqualTo(1);
    String two = cases.twoAttempts().testCaseId();
    String three = cases.threeAttempts().testCaseId();
    assertThat(page.data()).extracting(run -> run.testCase().testCaseId()).containsExactly(two, two, three, three, three);
    assertThat(page.data()).allSatisfy(run -> {
      assertThat(run.batchId()).isEqualTo(batch.batchId());
      assertThat(run.workspaceId()).isEqualTo(batch.workspaceId());
      assertThat(run.agent()).isEqualTo(batch.agent());
      assertThat(run.jobId()).matches("job_[0-9A-Za-z]{16}");
      assertThat(run.chatId()).matches("chat-[0-9A-Za-z]{16}");
      assertThat(run.createdDate()).isEqualTo(batch.createdDate());
    });
    assertThat(page.data()).extracting(TestRun::jobId).doesNotHaveDuplicates();
  }

  @Test
  void aRunningRunHasNoCompletionVerdictOrRemarks() {
    Api.Reply reply = api.get(runs("batchId=" + batch.batchId() + "&agentId=" + DEMO_AGENT));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> data = (List<Map<String, Object>>) reply.tree().get("data");
    assertThat(data).allSatisfy(run -> assertThat(run).containsOnlyKeys(
        "batchId", "workspaceId", "agent", "testCase", "jobId", "chatId", "createdDate"));
  }

  @Test
  void listPages() {
    TestRunPage second = api.get(runs("batchId=" + batch.batchId() + "&agentId=" + DEMO_AGENT + "&page=1&size=2"))
        .as(TestRunPage.class);

    assertThat(second.data()).extracting(TestRun::jobId)
        .containsExactlyElementsOf(api.runs(batch.batchId()).data().subList(2, 4).stream().map(TestRun::jobId).toList());
    assertThat(second.totalPages()).isEqualTo(3);
    assertThat(second.hasNext()).isTrue();
    assertThat(second.hasPrevious()).isTrue();
    api.get(runs("batchId=" + batch.batchId() + "&agentId=" + DEMO_AGENT + "&size=1000")).badRequest("/v1/test-runs");
  }

  @Test
  void getAnswersOneRun() {
    TestRun listed = api.runs(batch.batchId()).data().get(3);

    Api.Reply reply = api.get("/v1/test-runs/" + listed.jobId() + "?batchId=" + batch.batchId() + "&agentId=" + DEMO_AGENT);

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.as(TestRun.class)).isEqualTo(listed);
  }

  @Test
  void runCallsNeedTheirParametersAndKnownIds() {
    String job = api.runs(batch.batchId()).data().get(0).jobId();
    BatchRunCreated other = api.startBatch(cases.twoAttempts().testCaseId());

    api.get(runs("agentId=" + DEMO_AGENT)).badRequest("/v1/test-runs");
    api.get(runs("batchId=" + batch.batchId())).badRequest("/v1/test-runs");
    api.get(runs("batchId=batch_unknown&agentId=" + DEMO_AGENT)).error(404);
    api.get(runs("batchId=" + batch.batchId() + "&agentId=unknown")).error(404);
    api.get("/v1/test-runs/" + job + "?agentId=" + DEMO_AGENT).badRequest("/v1/test-runs/" + job);
    api.get("/v1/test-runs/" + job + "?batchId=" + batch.batchId()).badRequest("/v1/test-runs/" + job);
    api.get("/v1/test-runs/job_unknown?batchId=" + batch.batchId() + "&agentId=" + DEMO_AGENT).error(404);
    api.get("/v1/test-runs/" + job + "?batchId=" + other.batchId() + "&agentId=" + DEMO_AGENT).error(404);
  }
}
