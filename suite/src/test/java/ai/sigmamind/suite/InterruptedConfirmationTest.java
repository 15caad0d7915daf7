package ai.sigmamind.suite;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SandboxClock;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.suite.report.ProgressDisplay;
import ai.sigmamind.suite.report.ReportFiles;
import ai.sigmamind.suite.stats.ConfirmationPolicy;
import ai.sigmamind.suite.stats.GateSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (or SIGTERM), or {@code --timeout}, while the baseline gate confirms a suspect case: the
 * run is incomplete (exit 3), never passed nor failed on half the evidence; the suspect case's
 * attempts are set back on the agent; every report names the confirmation batch that was cut
 * short. The sandbox's clock stands still except where a test moves it: the first batch completes
 * because the progress line that announces it moves the clock, and the confirmation batch cannot
 * complete, so the interruption, triggered by the line that announces a stage, always comes first.
 */
class InterruptedConfirmationTest {
  private static final String AGENT_ID = "mJzLaPEo425lieb9";
  private static final String INTERRUPTED = "Interrupted (Ctrl-C)";
  private static final Pattern FIRST_BATCH = Pattern.compile("^started batch (batch_\\w+)");
  private static final Pattern CONFIRMATION_BATCH = Pattern.compile("^started confirmation batch (batch_\\w+)");
  private static final Pattern CONFIRMATION_PLANNED = Pattern.compile("^confirmation: (1 of 1) suspect case");
  private static final String SUITE = """
      name: demo
      agentId: mJzLaPEo425lieb9
      testCases:
        - label: Cancellation flow
          userPrompt: You are a customer who wants to cancel.
          successCriteria: Agent confirms the cancellation.
          attempt: 3
        - label: Billing question
          userPrompt: You are a customer who asks about an invoice.
          successCriteria: Agent explains the invoice.
          attempt: 3
      """;

  @TempDir
  Path directory;

  private final SandboxClock sandboxClock = SandboxClock.fixed(Instant.parse("2026-12-01T00:00:00Z"));
  private final Interruption interruption = new Interruption();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  /** How the wait for the confirmation batch ends early: Ctrl-C (or SIGTERM), or {@code --timeout}. */
  enum Stop { CTRL_C, TIMEOUT }

  @ParameterizedTest
  @EnumSource(Stop.class)
  void aConfirmationBatchCutShortLeavesTheRunIncompleteWithTheAttemptsSetBack(Stop stop) throws IOException {
    try (Target target = sandbox()) {
      // The first batch completes on its first poll; the confirmation batch never does, on a stopped clock.
      SuiteResult result = stop == Stop.CTRL_C ? collapseAndInterruptOn(target, CONFIRMATION_BATCH, Duration.ofMinutes(1))
          : collapseAndInterruptOn(target, null, Duration.ofMillis(300));
      String confirmationBatch = lineMatch(CONFIRMATION_BATCH);

      assertThat(result.verdict()).isEqualTo(SuiteResult.Verdict.INCOMPLETE);
      assertThat(result.exitCode()).isEqualTo(ExitCode.API_ERROR);
      assertThat(result.gates()).as("no gate judges half the evidence").isEmpty();
      String cutShort = "the first batch completed, but not its confirmation batch " + confirmationBatch + ": ";
      assertThat(result.verdictLine()).isEqualTo("INCOMPLETE: " + cutShort + (stop == Stop.CTRL_C ? INTERRUPTED
          : "Batch " + confirmationBatch + " not complete after 300ms: 0/12 runs judged"));
      assertThat(result.confirmation()).isNotNull();
      assertThat(result.confirmation().batchId()).isEqualTo(confirmationBatch);
      assertThat(attemptsOnTheAgent(target)).as("set back to the suite file's")
          .isEqualTo(Map.of("Cancellation flow", 3L, "Billing question", 3L));
      assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("could not set the attempts")
          .contains("confirmation batch " + confirmationBatch + " stopped with 0 of 12 attempts judged");
      assertReportsSay(result, cutShort);
    }
  }

  @Test
  void anInterruptionBeforeTheConfirmationBatchStartsStartsNoneAndChangesNoAttempt() throws IOException {
    try (Target target = sandbox()) {
      SuiteResult result = collapseAndInterruptOn(target, CONFIRMATION_PLANNED, Duration.ofMinutes(1));

      assertThat(result.verdict()).isEqualTo(SuiteResult.Verdict.INCOMPLETE);
      assertThat(result.exitCode()).isEqualTo(ExitCode.API_ERROR);
      assertThat(result.verdictLine()).isEqualTo("INCOMPLETE: interrupted before the confirmation batch started");
      assertThat(result.confirmation()).isNull();
      assertThat(target.client().agent(AGENT_ID).batchRuns().listAll().stream().map(BatchRun::batchId).toList())
          .as("the baseline's batch and the first batch, no confirmation batch").hasSize(2).contains(result.batchId());
      assertThat(attemptsOnTheAgent(target)).isEqualTo(Map.of("Cancellation flow", 3L, "Billing question", 3L));
      assertReportsSay(result, "interrupted before the confirmation batch started");
    }
  }

  /**
   * Records a baseline where every case passes, makes 'Billing question' fail every attempt, and
   * runs again with the baseline gate, waiting at most {@code timeout} for each batch and
   * interrupting when a progress line matches {@code trigger} (null: never).
   */
  private SuiteResult collapseAndInterruptOn(Target target, @Nullable Pattern trigger, Duration timeout)
      throws IOException {
    Path file = Files.writeString(directory.resolve("demo.yaml"), SUITE);
    SuiteRunner.Outcome recorded = runner(target, line -> { }, timeout, new PassRateGate(0.8))
        .run(List.of(SuiteFile.read(file)));
    assertThat(recorded.exitCode()).as(log.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.OK);
    Baselines.record(recorded.results().get(0));

    Files.writeString(file, SUITE.replace("explains the invoice.", "explains the invoice. [sandbox:fail]"));
    BaselineGate gate = BaselineGate.read(Baselines.baselineBeside(file), GateSettings.defaults(),
        ConfirmationPolicy.defaults());
    SuiteRunner.Outcome outcome = runner(target, line -> {
      if (trigger != null && trigger.matcher(line).find()) {
        interruption.trigger(INTERRUPTED);
      }
    }, timeout, gate).run(List.of(SuiteFile.read(file)));

    assertThat(interruption.isTriggered()).as(log.toString(StandardCharsets.UTF_8)).isEqualTo(trigger != null);
    assertThat(outcome.exitCode()).isEqualTo(ExitCode.API_ERROR);
    assertThat(outcome.results()).hasSize(1);
    return outcome.results().get(0);
  }

  /** The JSON, JUnit XML and Markdown reports all carry why the run is incomplete. */
  private void assertReportsSay(SuiteResult result, String why) throws IOException {
    Path reports = directory.resolve("reports");
    assertThat(reports.resolve("demo.json")).content().contains("\"verdict\": \"INCOMPLETE\"", "\"exitCode\": 3",
        "\"incomplete\": \"" + result.incomplete() + "\"", "\"statistics\": null");
    assertThat(reports.resolve("TEST-demo.xml")).content()
        .contains("errors=\"1\"", "<property name=\"incomplete\" value=\"" + result.incomplete() + "\"")
        .containsPattern("<testcase classname=\"demo\" name=\"the gates' verdict\" time=\"0\">\\s*<error message=\"Not"
            + " judged: " + Pattern.quote(result.incomplete()) + "\" type=\"NotJudged\"");
    assertThat(reports.resolve("summary.md")).content().startsWith("## sigmamind suite run: INCOMPLETE")
        .contains(why.replace("_", "\\_"));
    assertThat(reports.resolve("demo.html")).content().contains("INCOMPLETE", why);
  }

  private Target sandbox() {
    return Target.sandbox(Target.sandboxConfiguration().clock(sandboxClock).pace(Duration.ofMillis(150)));
  }

  /** A runner whose progress lines also go to {@code onLine}; each first batch completes as soon as it is started. */
  private SuiteRunner runner(Target target, Consumer<String> onLine, Duration timeout, Gate gate) {
    OutputStream watched = new LineWatcher(line -> {
      if (FIRST_BATCH.matcher(line).find()) {
        sandboxClock.advance(Duration.ofHours(1));
      }
      onLine.accept(line);
    });
    SuiteRunner.Settings settings = new SuiteRunner.Settings(new ReportFiles(directory.resolve("reports")),
        timeout, 1, List.of(gate));
    return new SuiteRunner(target, settings,
        ProgressDisplay.plain(new PrintStream(watched, true, StandardCharsets.UTF_8), Clock.systemUTC(),
            Duration.ofMinutes(10)), interruption, Clock.systemUTC());
  }

  private Map<String, Long> attemptsOnTheAgent(Target target) {
    return target.client().agent(AGENT_ID).testCases().list().stream()
        .collect(Collectors.toMap(TestCase::label, testCase -> (long) testCase.attempt()));
  }

  /** The first group of the one logged line matching {@code pattern}. */
  private String lineMatch(Pattern pattern) {
    List<String> matches = log.toString(StandardCharsets.UTF_8).lines().map(pattern::matcher).filter(Matcher::find)
        .map(matcher -> matcher.group(1)).toList();
    assertThat(matches).hasSize(1);
    return matches.get(0);
  }

  /** Copies into {@link #log} and hands each complete line to a consumer, on the writing thread. */
  private final class LineWatcher extends OutputStream {
    private final Consumer<String> onLine;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineWatcher(Consumer<String> onLine) {
      this.onLine = onLine;
    }

    @Override
    public void write(int b) {
      log.write(b);
      if (b == '\n') {
        onLine.accept(line.toString(StandardCharsets.UTF_8).stripTrailing());
        line.reset();
      } else {
        line.write(b);
      }
    }
  }
}
