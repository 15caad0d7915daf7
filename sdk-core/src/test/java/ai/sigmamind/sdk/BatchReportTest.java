package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static ai.sigmamind.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import ai.sigmamind.sdk.BatchReport.TestCaseResult;
import ai.sigmamind.sdk.Fixtures.Mode;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.ConversationMessage;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A batch's verdicts gathered into a report: pass rates, failures with remarks and transcript, pending runs. */
class BatchReportTest {
  private static final String TRANSCRIPT = ",\"remarks\":\"Never offered alternatives\",\"conversation\":["
      + "{\"role\":\"user\",\"content\":\"Cancel it now.\"},{\"role\":\"agent\",\"content\":\"Done.\"}]";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, String> routes = new ConcurrentHashMap<>();
  private SigmaMindClient client;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = routes.get(request.getPath());
        return body == null ? json(404, Fixtures.ERROR_404) : json(200, body);
      }
    });
    server.start();
    client = Fixtures.clientFor(server, new FakeTime()).build();
    String runsQuery = "/v1/test-runs?batchId=" + BATCH_ID + "&agentId=" + AGENT_ID;
    routes.put("/v1/batch-runs/" + BATCH_ID + "?agentId=" + AGENT_ID, Fixtures.batchRun(BATCH_ID, 3, 2, 6,
        Fixtures.testCase("tc_1", "Angry customer"), Fixtures.testCase("tc_2", "Polite customer"),
        Fixtures.testCase("tc_3", "Never run")));
    routes.put(runsQuery + "&page=0&size=100", Fixtures.page(List.of(
        Fixtures.testRun("job_1", "tc_1", true, ""),
        Fixtures.testRun("job_2", "tc_1", false, TRANSCRIPT),
        Fixtures.testRun("job_3", "tc_2", true, "")), 0, 2, 6));
    routes.put(runsQuery + "&page=1&size=3", Fixtures.page(List.of(
        Fixtures.testRun("job_4", "tc_2", false, ""),
        Fixtures.testRun("job_5", "tc_2", null, ""),
        Fixtures.testRun("job_6", "tc_1", true, "")), 1, 2, 6));
    routes.put("/v1/test-runs/job_4?batchId=" + BATCH_ID + "&agentId=" + AGENT_ID,
        Fixtures.testRun("job_4", "tc_2", false, ",\"remarks\":\"Hung up on the customer\""));
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void gathersPassRatesFailuresAndPendingRuns(Mode mode) {
    BatchRuns batchRuns = client.agent(AGENT_ID).batchRuns();

    BatchReport report = mode.run(() -> batchRuns.report(BATCH_ID), () -> batchRuns.reportAsync(BATCH_ID));

    assertThat(report.runs()).hasSize(6);
    assertThat(report.passed()).isEqualTo(3);
    assertThat(report.failed()).isEqualTo(2);
    assertThat(report.pending()).isEqualTo(1);
    assertThat(report.passRate().getAsDouble()).isCloseTo(0.6, within(1e-9));
    assertThat(report.isComplete()).isFalse();

    assertThat(report.byTestCase()).containsOnlyKeys("tc_1", "tc_2", "tc_3");
    assertThat(report.byTestCase().get("tc_1")).isEqualTo(new TestCaseResult("tc_1", "Angry customer", 2, 1, 0));
    assertThat(report.byTestCase().get("tc_2")).isEqualTo(new TestCaseResult("tc_2", "Polite customer", 1, 1, 1));
    assertThat(report.byTestCase().get("tc_3").total()).isZero();
    assertThat(report.byTestCase().get("tc_3").passRate().isEmpty()).isTrue();
    assertThat(report.byTestCase().get("tc_1").passRate().getAsDouble()).isCloseTo(2 / 3.0, within(1e-9));

    assertThat(report.failedRuns()).extracting(TestRun::jobId, TestRun::remarks)
        .containsExactly(
            tuple("job_2", "Never offered alternatives"),
            tuple("job_4", "Hung up on the customer"));
    assertThat(report.failedRuns().get(0).conversation()).extracting(ConversationMessage::content)
        .containsExactly("Cancel it now.", "Done.");

    // The batch, two pages, and details only for the one bare failure (job_4).
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void rendersAPlainTextTable() {
    BatchReport report = client.agent(AGENT_ID).batchRuns().report(BATCH_ID);

    assertThat(report.toTable()).isEqualTo(String.join("\n",
        BATCH_ID + ": 3 passed, 2 failed, 1 pending, pass rate 60.0%",
        "TEST CASE  LABEL            PASSED  FAILED  PENDING  PASS RATE",
        "tc_1       Angry customer        2       1        0      66.7%",
        "tc_2       Polite customer       1       1        1      50.0%",
        "tc_3       Never run             0       0        0        n/a",
        "Failures:",
        "  job_2 (tc_1): Never offered alternatives",
        "  job_4 (tc_2): Hung up on the customer",
        ""));
    assertThat(report).hasToString("BatchReport{" + BATCH_ID + ": 3 passed, 2 failed, 1 pending, pass rate 60.0%}");
  }

  @Test
  void aFailedFetchFailsTheReport() {
    routes.remove("/v1/test-runs/job_4?batchId=" + BATCH_ID + "&agentId=" + AGENT_ID);

    assertThatThrownBy(() -> client.agent(AGENT_ID).batchRuns().report(BATCH_ID))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aCompleteReportWithoutRuns() {
    BatchRun batch = BatchRun.builder().batchId("b").successfulAttempts(0L).failedAttempts(0L).totalAttempts(0L)
        .addTestCasesItem(TestCase.builder().testCaseId("tc_1").build()).build();

    BatchReport report = BatchReport.of(batch, List.of());

    assertThat(report.passRate().isEmpty()).isTrue();
    assertThat(report.isComplete()).isFalse();
    assertThat(report.byTestCase().get("tc_1").label()).isNull();
    assertThat(report.toTable()).startsWith("b: 0 passed, 0 failed, 0 pending, pass rate n/a\n");
  }

  @Test
  void runsWithoutATestCaseAreGroupedAsUnknown() {
    BatchRun batch = BatchRun.builder().batchId("b").successfulAttempts(1L).failedAttempts(0L).totalAttempts(1L).build();
    TestRun run = TestRun.builder().batchId("b").jobId("j").successful(true).build();

    BatchReport report = BatchReport.of(batch, List.of(run));

    assertThat(report.byTestCase()).containsOnlyKeys(BatchReport.UNKNOWN_TEST_CASE);
    assertThat(report.isComplete()).isTrue();
    assertThat(report.passRate().getAsDouble()).isEqualTo(1.0);
  }
}
