package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.BatchProgress;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.WaitOptions;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.suite.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C as a user sends it: {@code sigmamind suite run} in its own JVM, waiting for a batch that
 * will never complete, is stopped once one run is judged; it writes every report with that run
 * and the others pending, says the batch goes on and how to resume it, and exits with 3. The
 * signal is SIGINT when the child can receive it; a child started with SIGINT ignored (a build
 * run as a background job) gets SIGTERM, which the tool handles the same way, and one test
 * forces that case with {@code trap '' INT}. {@code batch wait} stopped the same way prints the
 * command that waits for its batch again.
 */
class InterruptTest {
  private static final Pattern STARTED = Pattern.compile("started batch (batch_\\w+)");

  @TempDir
  Path directory;

  private final SigmaMindSandbox api = Target.sandboxConfiguration().build().start();

  @AfterEach
  void stopTheSandbox() {
    api.close();
  }

  @Test
  void ctrlCWhileWaitingWritesTheReportsSoFarSaysHowToResumeAndExitsWithThree() throws Exception {
    Path suite = Files.writeString(directory.resolve("stuck.yaml"), SuiteRunCommandTest.STUCK_SUITE);
    Path reports = directory.resolve("reports");

    try (ChildProgram child = ChildProgram.sigmamind(ProgramRun.apiAt(api.baseUrl()),
        "suite", "run", suite.toString(), "--report-dir", reports.toString())) {
      interruptOnceOneRunIsJudged(child, child.ctrlC(), reports, suite);
    }
  }

  @Test
  void withSigintIgnoredSigtermStopsTheRunTheSameWay() throws Exception {
    Path suite = Files.writeString(directory.resolve("stuck.yaml"), SuiteRunCommandTest.STUCK_SUITE);
    Path reports = directory.resolve("reports");
    List<String> command = new ArrayList<>(List.of("sh", "-c", "trap '' INT; exec \"$@\"", "sh",
        ChildProgram.javaCommand(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "suite", "run", suite.toString(), "--report-dir", reports.toString()));

    try (ChildProgram child = ChildProgram.start(ProgramRun.apiAt(api.baseUrl()), command)) {
      String signal = child.ctrlC();

      assertThat(signal).as("SIGINT is ignored, so Ctrl-C is sent as SIGTERM").isEqualTo("TERM");
      interruptOnceOneRunIsJudged(child, signal, reports, suite);
    }
  }

  @Test
  void ctrlCDuringBatchWaitPrintsTheCommandThatWaitsAgainAndExitsWithThree() throws Exception {
    Path suite = Files.writeString(directory.resolve("stuck.yaml"), SuiteRunCommandTest.STUCK_SUITE);
    Path reports = directory.resolve("reports");
    ProgramRun started = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), "suite", "run", suite.toString(),
        "--report-dir", reports.toString(), "--timeout", "100ms");
    assertThat(started.exitCode()).as(started.err()).isEqualTo(3);
    String batchId = (String) SuiteRunCommandTest.readJson(reports.resolve("stuck.json")).get("batchId");

    try (ChildProgram child = ChildProgram.sigmamind(ProgramRun.apiAt(api.baseUrl()),
        "batch", "wait", batchId, "--agent", "mJzLaPEo425lieb9")) {
      child.awaitLine(Pattern.compile("Waiting for batch (" + batchId + ")"));
      child.signal(child.ctrlC());

      int exitCode = child.awaitExit();
      assertThat(exitCode).as(child.output()).isEqualTo(3);
      // batch wait writes no reports: its reason names the batch, not runs "reported as pending".
      assertThat(child.output()).contains("Interrupted (Ctrl-C or SIGTERM) while waiting for batch " + batchId)
          .doesNotContain("reported as pending")
          .contains("Batch " + batchId + " goes on at SigmaMind")
          .contains("  sigmamind batch wait --agent mJzLaPEo425lieb9 " + batchId);
    }
  }

  private void interruptOnceOneRunIsJudged(ChildProgram child, String signal, Path reports, Path suite) throws Exception {
    String batchId = child.awaitLine(STARTED);
    awaitOneJudgedRun(batchId);

    child.signal(signal);

    int exitCode = child.awaitExit();
    String output = child.output();
    assertThat(exitCode).as(output).isEqualTo(3);
    assertThat(output).contains("INCOMPLETE: Interrupted (Ctrl-C or SIGTERM) while waiting")
        .containsPattern("Never ends\\s+2\\s+0\\s+0\\s+n/a")
        .contains("Batch " + batchId + " goes on at SigmaMind")
        .contains("  sigmamind suite run --report-dir " + reports + " --resume " + batchId + " " + suite);
    Map<String, Object> json = SuiteRunCommandTest.readJson(reports.resolve("stuck.json"));
    assertThat(json).containsEntry("verdict", "INCOMPLETE").containsEntry("exitCode", 3.0);
    assertThat(json.get("totals")).isEqualTo(Map.of("attempts", 3.0, "passed", 1.0, "failed", 0.0, "pending", 2.0));
    assertThat(SuiteRunCommandTest.parseXml(reports.resolve("TEST-stuck.xml")).getDocumentElement().getAttribute("errors"))
        .isEqualTo("2");
    assertThat(reports.resolve("stuck.html")).content().contains("INCOMPLETE");
    assertThat(reports.resolve("summary.md")).content().startsWith("## sigmamind suite run: INCOMPLETE");
  }

  /** Watches the batch with the SDK's own polling until the quick run is judged. */
  private void awaitOneJudgedRun(String batchId) throws Exception {
    CompletableFuture<BatchProgress> judged = new CompletableFuture<>();
    try (SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(api.baseUrl())
        .build()) {
      CompletableFuture<BatchRun> wait = client.agent("mJzLaPEo425lieb9").batchRuns().waitForCompletionAsync(batchId,
          WaitOptions.builder().timeout(Duration.ofSeconds(30)).initialInterval(Duration.ofMillis(50))
              .maxInterval(Duration.ofMillis(100)).onProgress(progress -> {
                if (progress.done() >= 1) {
                  judged.complete(progress);
                }
              }).build());
      wait.whenComplete((batch, error) -> judged.completeExceptionally(new AssertionError("wait ended", error)));
      assertThat(judged.get(30, TimeUnit.SECONDS).done()).isEqualTo(1);
      wait.cancel(true);
    }
  }
}
