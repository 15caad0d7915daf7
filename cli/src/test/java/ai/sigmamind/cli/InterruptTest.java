package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.BatchProgress;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.WaitOptions;
import ai.sigmamind.sdk.models.BatchRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C as a user sends it: {@code sigmamind suite run} in its own JVM, waiting for a batch that
 * will never complete, gets SIGINT once one run is judged; it writes every report with that run
 * and the others pending, and exits with 3.
 */
class InterruptTest {
  private static final Pattern TARGET = Pattern.compile("Target: embedded sandbox at (http://127\\.0\\.0\\.1:\\d+)");
  private static final Pattern STARTED = Pattern.compile("started batch (batch_\\w+)");

  @TempDir
  Path directory;

  @Test
  void sigintWhileWaitingWritesTheReportsSoFarAndExitsWithThree() throws Exception {
    Path suite = Files.writeString(directory.resolve("stuck.yaml"), SuiteRunCommandTest.STUCK_SUITE);
    Path reports = directory.resolve("reports");
    Process process = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "suite", "run", "--sandbox", suite.toString(), "--report-dir", reports.toString())
        .redirectError(directory.resolve("stderr.txt").toFile())
        .start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String baseUrl = readUntil(out, TARGET, lines);
      String batchId = readUntil(out, STARTED, lines);
      awaitOneJudgedRun(baseUrl, batchId);

      assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor()).isZero();

      out.lines().forEach(lines::add);
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();

    String output = String.join("\n", lines);
    assertThat(process.exitValue()).as(output + Files.readString(directory.resolve("stderr.txt"))).isEqualTo(3);
    assertThat(output).contains("INCOMPLETE: Interrupted (Ctrl-C) while waiting")
        .containsPattern("Never ends\\s+2\\s+0\\s+0\\s+n/a");
    Map<String, Object> json = SuiteRunCommandTest.readJson(reports.resolve("stuck.json"));
    assertThat(json).containsEntry("verdict", "INCOMPLETE").containsEntry("exitCode", 3.0);
    assertThat(json.get("totals")).isEqualTo(Map.of("attempts", 3.0, "passed", 1.0, "failed", 0.0, "pending", 2.0));
    assertThat(SuiteRunCommandTest.parseXml(reports.resolve("TEST-stuck.xml")).getDocumentElement().getAttribute("errors"))
        .isEqualTo("2");
    assertThat(reports.resolve("stuck.html")).content().contains("INCOMPLETE");
    assertThat(reports.resolve("summary.md")).content().startsWith("## sigmamind suite run: INCOMPLETE");
  }

  /** Watches the child's sandbox with the SDK's own polling until the quick run is judged. */
  private static void awaitOneJudgedRun(String baseUrl, String batchId) throws Exception {
    CompletableFuture<BatchProgress> judged = new CompletableFuture<>();
    try (SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(baseUrl).build()) {
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

  private static String readUntil(BufferedReader out, Pattern pattern, List<String> lines) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      lines.add(line);
      Matcher matcher = pattern.matcher(line);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    throw new AssertionError("The command ended before printing " + pattern + ":\n" + String.join("\n", lines));
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
