package ai.sigmamind.cli;

import static ai.sigmamind.cli.SuiteRunCommandTest.parseXml;
import static ai.sigmamind.cli.SuiteRunCommandTest.properties;
import static ai.sigmamind.cli.SuiteRunCommandTest.readJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.sigmamind.sandbox.SandboxBaseUrl;
import ai.sigmamind.sandbox.SandboxExtension;
import ai.sigmamind.suite.Target;
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

/**
 * The collapse the first batch cannot prove, on a sandbox: with a recorded baseline, a case that
 * passed 3/3 fails 0/3. Three attempts cannot tell that from noise at α 0.05 over five cases, so
 * the gate re-runs that case alone in a confirmation batch, which settles it.
 */
class ConfirmationGateTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(Target.sandboxConfiguration().pace(Duration.ZERO));

  /** The shipped demo suite: 5, 4, 3, 3 and 1 attempts; a flaky case and one that always fails. */
  private static final Path SUITE = SuiteRunCommandTest.EXAMPLE_SUITE;
  static final String BILLING_CRITERIA_END = "tell the customer how and when it will be credited.";

  @TempDir
  Path directory;

  private Path suite;
  private Path baseline;
  private Path reports;

  @BeforeEach
  void recordTheBaseline(@SandboxBaseUrl String baseUrl) throws IOException {
    suite = Files.copy(SUITE, directory.resolve("demo-agent.yaml"));
    baseline = directory.resolve("demo-agent.baseline.yaml");
    reports = directory.resolve("reports");
    ProgramRun recording = run(baseUrl, "--record-baseline");
    assertThat(recording.exitCode()).as(recording.out() + recording.err()).isZero();
  }

  @Test
  void anUnchangedRerunPassesBothGatesAndSpendsNothingOnConfirmation(@SandboxBaseUrl String baseUrl) {
    ProgramRun rerun = run(baseUrl, "--baseline", baseline.toString());

    assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
    assertThat(rerun.out())
        .contains("confirmation: no suspect case, no attempt spent (budget 24); α 0.05 split 0.0450 first batch"
            + " + 0.0050 confirmation")
        .contains("PASSED: pass rate 81.3% meets the minimum of 80.0%; no test case regressed against"
            + " demo-agent.baseline.yaml")
        .doesNotContain("confirmation batch");
  }

  @Test
  void aCaseThatCollapsesFromThreeOfThreeToNoneIsConfirmedAndFailsTheGate(@SandboxBaseUrl String baseUrl)
      throws Exception {
    String demo = Files.readString(SUITE);
    assertThat(demo).contains(BILLING_CRITERIA_END);
    Files.writeString(suite, demo.replace(BILLING_CRITERIA_END, BILLING_CRITERIA_END + " [sandbox:fail]"));

    ProgramRun collapsed = run(baseUrl, "--baseline", baseline.toString(), "--min-pass-rate", "0");

    assertThat(collapsed.exitCode()).as(collapsed.out() + collapsed.err()).isEqualTo(1);
    assertThat(collapsed.out())
        .contains("confirmation: 1 of 1 suspect case(s) re-run with 17 more attempts in one batch (budget 24)")
        .contains("'Billing question': fell 3/3 → 0/3 (100.0% → 0.0%), too few attempts to tell;"
            + " 17 more attempts can settle it")
        .containsPattern("confirmation batch batch_\\w+ ran 17 attempts")
        .containsPattern("confirmation: 1 suspect case re-run with 17 more attempts in batch batch_\\w+ \\(budget 24,"
            + " planned 17\\)")
        .containsPattern("Billing question +regressed \\(confirmed\\)")
        .contains("regressed (confirmed): first batch 3/3 (100.0%) → 0/3 (0.0%), insufficient evidence;"
            + " confirmation 0/17 (0.0%), p = 0.0009 ≤ 0.0010: the drop is confirmed")
        .contains("FAILED: pass rate 62.5% meets the minimum of 0.0%; 'Billing question' regressed, confirmed by"
            + " re-running it: 3/3 → 0/3, then 0/17 in 17 more attempts (100.0% → 0.0% over both batches),"
            + " p = 0.0009 ≤ 0.0010 (against demo-agent.baseline.yaml)");

    Map<String, Object> json = readJson(reports.resolve("demo-agent.json"));
    @SuppressWarnings("unchecked")
    Map<String, Object> statistics = (Map<String, Object>) json.get("statistics");
    @SuppressWarnings("unchecked")
    Map<String, Object> confirmation = (Map<String, Object>) statistics.get("confirmation");
    assertThat(confirmation).containsEntry("budget", 24.0).containsEntry("attemptsPlanned", 17.0)
        .containsEntry("attemptsRun", 17.0).containsKey("batchId");
    assertThat(confirmation.get("batchId")).asString().startsWith("batch_");
    @SuppressWarnings("unchecked")
    Map<String, Object> billing = ((List<Map<String, Object>>) statistics.get("cases")).get(2);
    assertThat(billing).containsEntry("label", "Billing question").containsEntry("verdict", "REGRESSED")
        .containsEntry("firstStage", "INSUFFICIENT_EVIDENCE");
    @SuppressWarnings("unchecked")
    Map<String, Object> stage = (Map<String, Object>) billing.get("confirmation");
    assertThat(stage).containsEntry("regressed", true);
    assertThat((Double) stage.get("criticalValue")).isCloseTo(0.001, within(1e-12));
    assertThat(stage.get("result")).asString().contains("passes=0.0").contains("attempts=17.0");

    String html = Files.readString(reports.resolve("demo-agent.html"));
    assertThat(html).contains("<section class=\"card\" id=\"confirmation\">",
        "<tr data-label=\"Billing question\"><td>Billing question</td><td>fell 3/3 → 0/3 (100.0% → 0.0%), too few"
            + " attempts to tell; 17 more attempts can settle it</td><td>17</td>",
        "<td class=\"REGRESSED\">0/17 (0.0%), p = 0.0009 ≤ 0.0010: the drop is confirmed</td>");
    assertThat(properties(parseXml(reports.resolve("TEST-demo-agent.xml")).getDocumentElement()))
        .hasEntrySatisfying("confirmation", value -> assertThat(value).startsWith("confirmation: 1 suspect case re-run"))
        .hasEntrySatisfying("baseline.Billing question",
            value -> assertThat(value).startsWith("regressed (confirmed): first batch 3/3"));
    assertThat(Files.readString(reports.resolve("summary.md")))
        .contains("confirmation: 1 suspect case re-run with 17 more attempts")
        .contains("- **Billing question**: regressed (confirmed): first batch 3/3");

    ProgramRun again = run(baseUrl, "--baseline", baseline.toString(), "--confirm-budget", "0", "--min-pass-rate", "0");
    assertThat(again.out()).as("the attempts were set back after the confirmation batch")
        .contains("synced test cases: 0 created, 0 updated, 5 unchanged")
        .contains("confirmation: off (budget 0)")
        .containsPattern("Billing question +insufficient evidence: 3/3 \\(100.0%\\) → 0/3 \\(0.0%\\)");
    assertThat(again.exitCode()).as("without confirmation three attempts cannot show it").isZero();
  }

  private ProgramRun run(String baseUrl, String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("suite", "run", suite.toString(), "--report-dir", reports.toString()));
    args.addAll(List.of(extraArgs));
    return ProgramRun.sigmamind(ProgramRun.apiAt(baseUrl), args.toArray(new String[0]));
  }
}
