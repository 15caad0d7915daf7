package ai.sigmamind.suite;

import ai.sigmamind.suite.report.ResultTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.models.ConversationMessage;
import ai.sigmamind.sdk.models.ConversationRole;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.suite.stats.Attempt;
import ai.sigmamind.suite.stats.Baseline;
import ai.sigmamind.suite.stats.BaselineFile;
import ai.sigmamind.suite.stats.CaseVerdict;
import ai.sigmamind.suite.stats.GateSettings;
import ai.sigmamind.suite.stats.SuiteRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's glue to the statistics: file names, the run as the gate sees it, recording, and the gate's verdict. */
class BaselinesTest {
  private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-26T10:52:45Z");
  private static final SuiteCase REFUND = new SuiteCase("Refund request", "You are a customer.", "Agent refunds.", 10,
      null, Map.of(), 3);

  @TempDir
  Path directory;

  @Test
  void theBaselineAndHistorySitBesideTheSuiteFile() {
    Path baseline = Baselines.baselineBeside(Path.of("suites", "demo-agent.yaml"));
    assertThat(baseline).isEqualTo(Path.of("suites", "demo-agent.baseline.yaml"));
    assertThat(Baselines.historyBeside(baseline)).isEqualTo(Path.of("suites", "demo-agent.history.jsonl"));
    assertThat(Baselines.historyBeside(Path.of("ref.yaml"))).isEqualTo(Path.of("ref.yaml.history.jsonl"));
  }

  @Test
  void theGateSeesJudgedAttemptsOnlyWithTheirTranscriptsAndRemarks() {
    SuiteResult result = result(suiteIn(directory), 3, 1, 1);

    SuiteRun run = Baselines.suiteRun(result);

    assertThat(run.suite()).isEqualTo("refunds");
    assertThat(run.batchId()).isEqualTo("batch_1");
    assertThat(run.cases()).hasSize(1);
    List<Attempt> attempts = run.cases().get(0).attempts();
    assertThat(attempts).extracting(Attempt::number).containsExactly(1, 2, 3, 4);
    assertThat(attempts).extracting(Attempt::passed).containsExactly(true, true, true, false);
    assertThat(attempts.get(3).remarks()).isEqualTo("The agent refused, attempt 4.");
    assertThat(attempts.get(3).transcript()).isEqualTo("user: I want a refund.\nagent: No.");
  }

  @Test
  void recordingWritesTheBaselineAndAppendsTheHistoryButNeverAnIncompleteRun() throws IOException {
    Suite suite = suiteIn(directory);

    assertThat(Baselines.record(result(suite, 9, 1, 0))).containsExactly(directory.resolve("refunds.baseline.yaml"),
        directory.resolve("refunds.history.jsonl"));
    Baseline baseline = BaselineFile.read(directory.resolve("refunds.baseline.yaml"));
    assertThat(baseline.find("Refund request").orElseThrow().result()).hasToString("9/10");
    assertThat(baseline.find("Refund request").orElseThrow().failing()).isNotNull();

    Baselines.record(result(suite, 4, 6, 0));
    assertThat(BaselineFile.read(directory.resolve("refunds.baseline.yaml")).find("Refund request").orElseThrow().result())
        .hasToString("4/10");
    assertThat(Files.readAllLines(directory.resolve("refunds.history.jsonl"))).hasSize(2);

    SuiteResult incomplete = new SuiteResult(suite, SuiteResults.TARGET, "sandbox", result(suite, 1, 0, 0).sync(), "batch_2",
        List.of(), "timed out", SuiteResults.STARTED, SuiteResults.STARTED, List.of(), null);
    assertThat(Baselines.record(incomplete)).isEmpty();
    assertThat(Files.readAllLines(directory.resolve("refunds.history.jsonl"))).hasSize(2);
  }

  @Test
  void aBaselineOfAnotherSuiteOrWithNoSharedCaseIsRefusedBeforeAnyRequest() throws IOException {
    Suite suite = suiteIn(directory);
    Path other = directory.resolve("other.baseline.yaml");
    BaselineFile.write(other, Baseline.record(new SuiteRun("other", "batch_0", SuiteResults.STARTED, List.of())));
    Path baselineFile = Baselines.baselineBeside(suite.file());
    Files.copy(other, baselineFile);

    assertThatThrownBy(() -> BaselineGate.read(other, GateSettings.defaults()).check(suite))
        .isInstanceOf(UsageException.class).hasMessageContaining("is of suite 'other', not of suite 'refunds'");
    assertThatThrownBy(() -> Baselines.checkRecordable(suite))
        .isInstanceOf(UsageException.class).hasMessageContaining("move it away to record a new one");
    Files.writeString(baselineFile, "format: 1\nsuite: refunds\ncases: []\n");
    assertThatThrownBy(() -> BaselineGate.read(baselineFile, GateSettings.defaults()).check(suite))
        .isInstanceOf(UsageException.class).hasMessageContaining("shares no test case label");
    Files.writeString(baselineFile, "format: 9\nsuite: refunds\n");
    assertThatThrownBy(() -> BaselineGate.read(baselineFile, GateSettings.defaults()))
        .isInstanceOf(UsageException.class).hasMessageStartingWith("Cannot use the baseline " + baselineFile);
  }

  @Test
  void theGateFailsOnASignificantDropAndCarriesTheComparisonForTheReports() throws IOException {
    Suite suite = suiteIn(directory);
    Baselines.record(result(suite, 10, 0, 0));
    BaselineGate gate = BaselineGate.read(Baselines.baselineBeside(suite.file()), GateSettings.defaults());

    GateVerdict same = gate.evaluate(result(suite, 10, 0, 0));
    GateVerdict worse = gate.evaluate(result(suite, 1, 9, 0));

    assertThat(same.passed()).isTrue();
    assertThat(same.message()).startsWith("no test case regressed against refunds.baseline.yaml (0 regressed");
    assertThat(worse.passed()).isFalse();
    assertThat(worse.message()).startsWith("'Refund request' regressed: 10/10 → 1/10 passed (100.0% → 10.0%)");
    StatisticalVerdict statistics = worse.statistics();
    assertThat(statistics).isNotNull();
    assertThat(statistics.comparison().cases().get(0).verdict()).isEqualTo(CaseVerdict.REGRESSED);
    assertThat(statistics.comparison().cases().get(0).candidateFailing()).isNotNull();
    SuiteResult judged = result(suite, 1, 9, 0).judgedBy(List.of(gate));
    assertThat(judged.statistics()).contains(statistics);
    assertThat(ResultTable.render(judged)).contains("Refund request  regressed: 10/10 (100.0%) → 1/10 (10.0%), adjusted p = 0.0001");
  }

  private static Suite suiteIn(Path directory) {
    return new Suite(directory.resolve("refunds.yaml"), "refunds", "agent_1", List.of(REFUND));
  }

  /** {@code passed} passing runs, then {@code failed} failing ones, then {@code pending} not judged. */
  private static SuiteResult result(Suite suite, int passed, int failed, int pending) {
    List<TestRun> runs = new ArrayList<>();
    for (int i = 0; i < passed + failed + pending; i++) {
      runs.add(run(i + 1, i < passed ? Boolean.TRUE : i < passed + failed ? Boolean.FALSE : null));
    }
    SuiteResult byHand = SuiteResults.of(REFUND, "refunds", runs, null);
    return new SuiteResult(suite, byHand.target(), byHand.targetKind(), byHand.sync(), byHand.batchId(), byHand.cases(),
        null, byHand.started(), byHand.finished(), List.of(), null);
  }

  private static TestRun run(int attempt, @Nullable Boolean successful) {
    return TestRun.builder().batchId("batch_1").jobId("job_" + attempt)
        .testCase(TestCase.builder().testCaseId("tc_1").build()).createdDate(START).successful(successful)
        .remarks(Boolean.FALSE.equals(successful) ? "The agent refused, attempt " + attempt + "." : "Fine.")
        .conversation(List.of(message(ConversationRole.USER, "I want a refund."),
            message(ConversationRole.AGENT, Boolean.FALSE.equals(successful) ? "No." : "Done.")))
        .build();
  }

  private static ConversationMessage message(ConversationRole role, String content) {
    return ConversationMessage.builder().role(role).content(content).build();
  }
}
