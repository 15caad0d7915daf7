package ai.sigmamind.cli;

import static ai.sigmamind.cli.SuiteRunCommandTest.parseXml;
import static ai.sigmamind.cli.SuiteRunCommandTest.properties;
import static ai.sigmamind.cli.SuiteRunCommandTest.readJson;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SandboxBaseUrl;
import ai.sigmamind.sandbox.SandboxExtension;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.stats.Baseline;
import ai.sigmamind.suite.stats.BaselineCase;
import ai.sigmamind.suite.stats.BaselineFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code suite run --record-baseline}, {@code --baseline} and {@code suite plan} end to end on a
 * sandbox (reset before each test, so its seeded draws are the same on every run) whose
 * {@code [sandbox:p=…]} markers fix each case's pass probability.
 */
class StatisticalGateTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(Target.sandboxConfiguration().pace(Duration.ZERO));

  static final String SUITE = """
      name: gate-demo
      agentId: mJzLaPEo425lieb9
      testCases:
        - label: Refund request
          userPrompt: You are a customer who wants a refund for a cracked blender. [sandbox:p=0.9]
          successCriteria: Agent confirms the refund.
          attempt: 40
        - label: Opening hours
          userPrompt: You are a customer who wants the opening hours. [sandbox:p=0.7]
          successCriteria: Agent gives the opening hours.
          attempt: 10
        - label: Cancellation
          userPrompt: You are a customer who wants to cancel.
          successCriteria: Agent confirms the cancellation.
          attempt: 3
      """;

  @TempDir
  Path directory;

  private Path suite;
  private Path baseline;
  private Path history;
  private Path reports;

  @BeforeEach
  void writeTheSuite() throws IOException {
    suite = Files.writeString(directory.resolve("gate-demo.yaml"), SUITE);
    baseline = directory.resolve("gate-demo.baseline.yaml");
    history = directory.resolve("gate-demo.history.jsonl");
    reports = directory.resolve("reports");
  }

  @Test
  void aRecordedBaselineGatesAnUnchangedRerunAsPassed(@SandboxBaseUrl String baseUrl) throws Exception {
    ProgramRun recording = run(baseUrl, "--record-baseline", "--min-pass-rate", "0");

    assertThat(recording.exitCode()).as(recording.err()).isZero();
    assertThat(recording.out()).contains("Recorded the baseline: " + baseline + ", " + history);
    Baseline recorded = BaselineFile.read(baseline);
    assertThat(recorded.suite()).isEqualTo("gate-demo");
    assertThat(recorded.cases()).extracting(recordedCase -> recordedCase.label() + " " + recordedCase.result().attempts())
        .containsExactly("Refund request 40", "Opening hours 10", "Cancellation 3");
    BaselineCase refund = recorded.find("Refund request").orElseThrow();
    assertThat(refund.passing()).isNotNull();
    assertThat(refund.failing()).as("p=0.9 over 40 attempts fails some").isNotNull();
    assertThat(Files.readAllLines(history)).hasSize(1);

    ProgramRun rerun = run(baseUrl, "--baseline", baseline.toString());

    assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
    assertThat(rerun.out())
        .contains("Against the baseline " + baseline + " (α 0.05, minimum drop 15.0%): 0 regressed")
        .containsPattern("Refund request\\s+(unchanged|insufficient evidence): \\d+/40")
        .contains("Unstable cases (attempts disagree; pass rate and 95% Wilson interval):")
        .contains("PASSED: pass rate ")
        .contains("meets the minimum of 80.0%; no test case regressed against gate-demo.baseline.yaml")
        .contains("Added the run to the history: " + history);
    assertThat(Files.readAllLines(history)).hasSize(2);
    Map<String, Object> json = readJson(reports.resolve("gate-demo.json"));
    @SuppressWarnings("unchecked")
    Map<String, Object> statistics = (Map<String, Object>) json.get("statistics");
    assertThat(statistics).containsEntry("verdict", "PASSED").containsEntry("minDrop", 0.15).containsEntry("alpha", 0.05);
    assertThat((List<?>) statistics.get("cases")).hasSize(3);
    assertThat(properties(parseXml(reports.resolve("TEST-gate-demo.xml")).getDocumentElement()))
        .hasEntrySatisfying("baseline.Cancellation", value -> assertThat(value).startsWith("insufficient evidence: 3/3"));
    assertThat(Files.readString(reports.resolve("summary.md"))).contains("### gate-demo against the baseline: PASSED");
  }

  @Test
  void aSharpDropWithEnoughAttemptsFailsNamingTheCase(@SandboxBaseUrl String baseUrl) throws Exception {
    assertThat(run(baseUrl, "--record-baseline", "--min-pass-rate", "0").exitCode()).isZero();
    Files.writeString(suite, SUITE.replace("[sandbox:p=0.9]", "[sandbox:p=0.3]"));

    ProgramRun rerun = run(baseUrl, "--baseline", baseline.toString(), "--min-drop", "0.2", "--min-pass-rate", "0");

    assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isEqualTo(1);
    assertThat(rerun.out())
        .containsPattern("Refund request\\s+regressed: \\d+/40 \\(\\d+\\.\\d%\\) → \\d+/40 \\(\\d+\\.\\d%\\), adjusted p = 0\\.0")
        .containsPattern("FAILED: pass rate .* meets the minimum of 0.0%; 'Refund request' regressed: .* \\(against gate-demo.baseline.yaml\\)");
    assertThat(rerun.out()).doesNotContainPattern("(Opening hours|Cancellation)\\s+regressed");
    Map<String, Object> json = readJson(reports.resolve("gate-demo.json"));
    assertThat(json).containsEntry("verdict", "FAILED").containsEntry("exitCode", 1.0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cases = (List<Map<String, Object>>) ((Map<String, Object>) json.get("statistics")).get("cases");
    assertThat(cases.get(0)).containsEntry("label", "Refund request").containsEntry("verdict", "REGRESSED");
    Element xml = parseXml(reports.resolve("TEST-gate-demo.xml")).getDocumentElement();
    assertThat(xml.getAttribute("tests")).as("53 runs and 3 compared cases").isEqualTo("56");
    NodeList testCases = xml.getElementsByTagName("testcase");
    Element refund = (Element) testCases.item(53);
    assertThat(refund.getAttribute("name")).isEqualTo("Refund request, against the baseline");
    assertThat(((Element) refund.getElementsByTagName("failure").item(0)).getAttribute("message")).startsWith("regressed: ");
    assertThat(((Element) testCases.item(54)).getElementsByTagName("failure").getLength()).isZero();
    assertThat(properties(xml))
        .hasEntrySatisfying("baseline.Refund request", value -> assertThat(value).startsWith("regressed: "))
        .hasEntrySatisfying("gate.baseline", value -> assertThat(value).startsWith("failed: 'Refund request' regressed"));
    String html = Files.readString(reports.resolve("gate-demo.html"));
    assertThat(html).contains("<article class=\"card regression\" data-label=\"Refund request\">",
        "<div class=\"baseline-passing\"><h4>Baseline, passing, attempt", "<div class=\"candidate-failing\"><h4>Now, failing, attempt");
    assertThat(Files.readString(reports.resolve("summary.md"))).contains("### gate-demo against the baseline: FAILED",
        "- **Refund request**: regressed: ");
  }

  @Test
  void aMalformedOrMismatchedBaselineIsAUsageErrorBeforeAnyRequest() throws IOException {
    Path malformed = Files.writeString(directory.resolve("malformed.baseline.yaml"), "format: 1\nsuite: gate-demo\ncases: [oops\n");
    Path otherSuite = Files.writeString(directory.resolve("other.baseline.yaml"),
        "format: 1\nsuite: another-suite\ncases:\n- label: Refund request\n  attempts: 4\n  passes: 4\n"
            + "  batchId: batch_x\n  recordedAt: '2026-12-01T10:15:30Z'\n");
    Path noSharedCase = Files.writeString(directory.resolve("renamed.baseline.yaml"),
        "format: 1\nsuite: gate-demo\ncases:\n- label: Renamed case\n  attempts: 4\n  passes: 4\n"
            + "  batchId: batch_x\n  recordedAt: '2026-12-01T10:15:30Z'\n");
    try (CountingServer api = new CountingServer()) {
      for (Path file : List.of(malformed, otherSuite, noSharedCase, directory.resolve("missing.baseline.yaml"))) {
        ProgramRun run = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), "suite", "run", suite.toString(),
            "--report-dir", reports.toString(), "--baseline", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(file.toString());
        assertThat(run.out()).isEmpty();
      }
      Files.writeString(baseline, "format: 1\nsuite: gate-demo\ncases: [oops\n");
      ProgramRun recording = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), "suite", "run", suite.toString(),
          "--report-dir", reports.toString(), "--record-baseline");
      assertThat(recording.exitCode()).isEqualTo(2);
      assertThat(recording.err()).startsWith("Cannot use the baseline " + baseline);
      assertThat(api.requests()).isZero();
    }
    assertThat(reports).doesNotExist();
  }

  @Test
  void badGateFlagsAreUsageErrors() {
    assertThat(ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", suite.toString(), "--min-drop", "0.2").err())
        .startsWith("--min-drop, --alpha and --confirm-budget apply to the comparison with a baseline: add --baseline");
    ProgramRun alpha = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", suite.toString(),
        "--baseline", baseline.toString(), "--alpha", "1.5");
    assertThat(alpha.exitCode()).isEqualTo(2);
  }

  @Test
  void planPrintsTheAttemptsPerCaseAndTheBatchCost() {
    ProgramRun plan = ProgramRun.sigmamind(Map.of(), "suite", "plan", suite.toString(), "--detect-drop", "0.3",
        "--power", "0.8");

    assertThat(plan.exitCode()).as(plan.err()).isZero();
    // With no baseline every case is planned at the rate where a 30-point drop is hardest to see.
    assertThat(plan.out()).isEqualTo(String.join(System.lineSeparator(), List.of(
        "Suite gate-demo (" + suite + "): attempts per test case to catch a drop of 30.0% with power 80.0%,"
            + " at α 0.05 over 3 case(s) (0.0167 per case)",
        "TEST CASE        ASSUMED RATE  ATTEMPTS   POWER  NOW",
        "Refund request          65.0%        52   80.1%   40",
        "Opening hours           65.0%        52   80.1%   10",
        "Cancellation            65.0%        52   80.1%    3",
        "One batch of the planned attempts costs 156 runs (the suite file asks for 53 now); recording the baseline costs as many."))
        + System.lineSeparator());
  }

  @Test
  void planWithABaselineUsesEachCaseRecordedRate() throws IOException {
    Files.writeString(baseline, "format: 1\nsuite: gate-demo\ncases:\n"
        + "- label: Refund request\n  attempts: 40\n  passes: 36\n  batchId: batch_x\n  recordedAt: '2026-12-01T10:15:30Z'\n"
        + "- label: Cancellation\n  attempts: 3\n  passes: 3\n  batchId: batch_x\n  recordedAt: '2026-12-01T10:15:30Z'\n");

    ProgramRun plan = ProgramRun.sigmamind(Map.of(), "suite", "plan", suite.toString(), "--detect-drop", "0.3",
        "--baseline", baseline.toString());

    assertThat(plan.exitCode()).as(plan.err()).isZero();
    assertThat(plan.out()).containsPattern("at α 0.05 over 2 case\\(s\\) \\(0.0250 per case\\)")
        .containsPattern("Refund request\\s+90.0%\\s+\\d+\\s+8\\d\\.\\d%\\s+40")
        .containsPattern("Cancellation\\s+100.0%\\s+\\d+\\s+8\\d\\.\\d%\\s+3");
  }

  private ProgramRun run(String baseUrl, String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("suite", "run", suite.toString(), "--report-dir", reports.toString()));
    args.addAll(List.of(extraArgs));
    return ProgramRun.sigmamind(ProgramRun.apiAt(baseUrl), args.toArray(new String[0]));
  }
}
