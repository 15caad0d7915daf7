package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SandboxClock;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.suite.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C while the baseline gate's confirmation batch runs, as a user sends it to {@code sigmamind
 * suite run} in its own JVM: exit 3, not 0 and not a "regressed" on half the evidence; the suspect
 * case's attempts set back on the agent; the reports name the confirmation batch; and the printed
 * command, which cannot wait for a confirmation batch, says it re-runs the confirmation, and ends
 * with the verdict the uninterrupted run gives ({@link ConfirmationGateTest}). The sandbox's clock
 * only moves when this test moves it, so the confirmation batch is still running when the signal comes.
 */
class InterruptedConfirmationResumeTest {
  private static final String AGENT = "mJzLaPEo425lieb9";
  private static final Pattern STARTED = Pattern.compile("^started batch (batch_\\w+)");
  private static final Pattern CONFIRMING = Pattern.compile("^started confirmation batch (batch_\\w+)");
  private static final Map<String, Long> SUITE_ATTEMPTS = Map.of("Cancellation flow", 5L, "Refund request", 4L,
      "Billing question", 3L, "Angry customer", 3L, "Email change without verification", 1L);

  @TempDir
  Path directory;

  private final SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-12-01T00:00:00Z"));

  @Test
  void ctrlCDuringConfirmationIsIncompleteAndThePrintedCommandReachesTheUninterruptedVerdict() throws Exception {
    try (SigmaMindSandbox api = Target.sandboxConfiguration().clock(clock).pace(Duration.ofMillis(150)).build().start();
        SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(api.baseUrl())
            .build()) {
      Map<String, String> environment = ProgramRun.apiAt(api.baseUrl());
      String demo = Files.readString(SuiteRunCommandTest.EXAMPLE_SUITE);
      Path suite = Files.writeString(directory.resolve("demo-agent.yaml"), demo);
      Path reports = directory.resolve("reports");
      Path baseline = directory.resolve("demo-agent.baseline.yaml");
      ProgramRun recorded = runAndCompleteBatches(client, 1, environment, "suite", "run", suite.toString(),
          "--report-dir", reports.toString(), "--record-baseline");
      assertThat(recorded.exitCode()).as(recorded.out() + recorded.err()).isZero();
      Files.writeString(suite, demo.replace(ConfirmationGateTest.BILLING_CRITERIA_END,
          ConfirmationGateTest.BILLING_CRITERIA_END + " [sandbox:fail]"));

      String output;
      String firstBatch;
      String confirmationBatch;
      try (ChildProgram child = ChildProgram.sigmamind(environment, "suite", "run", suite.toString(),
          "--report-dir", reports.toString(), "--baseline", baseline.toString(), "--min-pass-rate", "0")) {
        firstBatch = child.awaitLine(STARTED);
        clock.advance(Duration.ofHours(1));
        confirmationBatch = child.awaitLine(CONFIRMING);
        child.signal(child.ctrlC());
        int exitCode = child.awaitExit();
        output = child.output();
        assertThat(exitCode).as(output).isEqualTo(3);
      }

      String incomplete = "the first batch completed, but not its confirmation batch " + confirmationBatch
          + ": Interrupted (Ctrl-C or SIGTERM) while waiting";
      assertThat(output).contains("INCOMPLETE: " + incomplete).doesNotContain("regressed").doesNotContain("PASSED:")
          .contains("confirmation batch " + confirmationBatch + " stopped with 0 of 17 attempts judged")
          .doesNotContain("Batch " + firstBatch + " goes on")
          .contains("Batch " + firstBatch + " completed, but its confirmation batch " + confirmationBatch
              + " did not (it goes on at SigmaMind, but --resume cannot wait for a confirmation batch). To gate the"
              + " results, this judges batch " + firstBatch + " again and runs any confirmation anew, in a new batch:")
          .contains("  sigmamind suite run --report-dir " + reports + " --baseline " + baseline + " --min-pass-rate 0"
              + " --resume " + firstBatch + " " + suite);
      assertThat(attempts(client)).as("set back to the suite file's").isEqualTo(SUITE_ATTEMPTS);
      Map<String, Object> json = SuiteRunCommandTest.readJson(reports.resolve("demo-agent.json"));
      assertThat(json).containsEntry("verdict", "INCOMPLETE").containsEntry("exitCode", 3.0)
          .containsEntry("batchId", firstBatch);
      assertThat(json.get("incomplete")).asString().startsWith(incomplete);
      assertThat(SuiteRunCommandTest.properties(SuiteRunCommandTest.parseXml(reports.resolve("TEST-demo-agent.xml"))
          .getDocumentElement())).hasEntrySatisfying("incomplete", value -> assertThat(value).startsWith(incomplete));

      ProgramRun resumed = runAndCompleteBatches(client, 4, environment, ResumeTest.words(output));

      assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isEqualTo(1);
      assertThat(resumed.out()).contains("resuming batch " + firstBatch)
          .containsPattern("confirmation batch batch_\\w+ ran 17 attempts")
          .contains("FAILED: pass rate 62.5% meets the minimum of 0.0%; 'Billing question' regressed, confirmed by"
              + " re-running it: 3/3 → 0/3, then 0/17 in 17 more attempts (100.0% → 0.0% over both batches),"
              + " p = 0.0009 ≤ 0.0010 (against demo-agent.baseline.yaml)");
      assertThat(attempts(client)).isEqualTo(SUITE_ATTEMPTS);
    }
  }

  /** Runs {@code sigmamind args} in process, moving the clock once the agent has {@code batches} batches. */
  private ProgramRun runAndCompleteBatches(SigmaMindClient client, int batches, Map<String, String> environment,
      String... args) throws Exception {
    CompletableFuture<ProgramRun> running = CompletableFuture.supplyAsync(() -> ProgramRun.sigmamind(environment, args));
    ParallelSuitesTest.awaitBatches(client, AGENT, batches, running);
    clock.advance(Duration.ofHours(1));
    return running.get(2, TimeUnit.MINUTES);
  }

  private static Map<String, Long> attempts(SigmaMindClient client) {
    return client.agent(AGENT).testCases().list().stream()
        .collect(Collectors.toMap(TestCase::label, testCase -> (long) testCase.attempt()));
  }
}
