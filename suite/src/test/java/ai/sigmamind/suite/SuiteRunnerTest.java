package ai.sigmamind.suite;

import ai.sigmamind.suite.report.ProgressDisplay;
import ai.sigmamind.suite.report.ReportFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner as a library: every gate judges, and an interruption before the batch starts none. */
class SuiteRunnerTest {
  private static final String AGENT_ID = "mJzLaPEo425lieb9";

  @TempDir
  Path directory;

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @Test
  void everyGateJudgesTheRunAndTheReportsShowEachVerdict() throws IOException {
    Gate baseline = result -> new GateVerdict("baseline", false, "pass rate fell 20 points below the baseline");
    try (Target target = Target.sandbox(Target.sandboxConfiguration().pace(Duration.ZERO))) {
      SuiteRunner.Outcome outcome = runner(target, new Interruption(), new PassRateGate(0.5), baseline).run(List.of(suite()));

      assertThat(outcome.exitCode()).isEqualTo(ExitCode.BELOW_THRESHOLD);
      SuiteResult result = outcome.results().get(0);
      assertThat(result.verdictLine()).isEqualTo(
          "FAILED: pass rate 100.0% meets the minimum of 50.0%; pass rate fell 20 points below the baseline");
      assertThat(directory.resolve("reports").resolve("demo.json")).content()
          .contains("\"gate\": \"baseline\"", "\"passed\": false", "\"gate\": \"pass-rate\"");
    }
  }

  @Test
  void aRunInterruptedBeforeItsBatchStartsStartsNone() throws IOException {
    Interruption interruption = new Interruption();
    interruption.trigger("Interrupted (Ctrl-C)");
    try (Target target = Target.sandbox(Target.sandboxConfiguration().pace(Duration.ZERO))) {
      SuiteRunner.Outcome outcome = runner(target, interruption, new PassRateGate(0.8)).run(List.of(suite()));

      assertThat(outcome.exitCode()).isEqualTo(ExitCode.API_ERROR);
      assertThat(outcome.errors()).containsExactly("demo: interrupted before its batch started; no batch was started");
      assertThat(target.client().agent(AGENT_ID).batchRuns().listAll().stream()).isEmpty();
      assertThat(outcome.reportFiles()).containsExactly(directory.resolve("reports").resolve("summary.md"));
    }
  }

  private SuiteRunner runner(Target target, Interruption interruption, Gate... gates) {
    SuiteRunner.Settings settings = new SuiteRunner.Settings(new ReportFiles(directory.resolve("reports")),
        Duration.ofMinutes(1), 2, List.of(gates));
    return new SuiteRunner(target, settings,
        ProgressDisplay.plain(new PrintStream(log, true, StandardCharsets.UTF_8), Clock.systemUTC(), Duration.ofSeconds(10)),
        interruption, Clock.systemUTC());
  }

  private Suite suite() throws IOException {
    return SuiteFile.read(Files.writeString(directory.resolve("demo.yaml"), """
        agentId: mJzLaPEo425lieb9
        testCases:
          - label: Opening hours
            userPrompt: You are a customer who wants to know the opening hours.
            successCriteria: Agent gives the opening hours.
            attempt: 2
        """));
  }
}
