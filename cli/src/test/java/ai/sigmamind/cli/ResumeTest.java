package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SandboxClock;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.PageRequest;
import ai.sigmamind.sdk.RequestOptions;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.suite.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * {@code suite run --resume}: a run that stops waiting says how to pick its batch up again, and
 * that command judges and reports the batch exactly as an uninterrupted run would have, without
 * starting another. Two sandboxes with one configuration and a stopped clock stand in for the API:
 * on one the run times out and is resumed, on its twin the same suite runs to the end.
 */
class ResumeTest {
  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
  private static final String AGENT = "mJzLaPEo425lieb9";
  private static final Pattern RESUME_COMMAND = Pattern.compile("(?m)^  sigmamind ((?:suite run|batch wait) .*)$");
  private static final Pattern WORD = Pattern.compile("'([^']*)'|(\\S+)");

  @TempDir
  Path directory;

  @Test
  void aTimedOutRunPrintsTheCommandThatResumesItAndTheResumedReportsAreTheUninterruptedOnes() throws Exception {
    SandboxClock clock = SandboxClock.fixed(START);
    SandboxClock twinClock = SandboxClock.fixed(START);
    try (SigmaMindSandbox api = sandbox(clock); SigmaMindSandbox twin = sandbox(twinClock);
        SigmaMindClient client = client(api)) {
      // A space in the path, so the printed command must quote it to be pasted as is.
      Path resumed = Files.createDirectories(directory.resolve("resumed run"));
      StoppedRun run = stoppedRun(api, resumed, "300ms");
      Path suite = run.suite();
      Path reports = run.reports();
      String batchId = run.batchId();
      ProgramRun stopped = run.program();

      assertThat(stopped.out()).contains("INCOMPLETE: ").contains("Batch " + batchId + " goes on at SigmaMind: "
          + "stopping the wait does not cancel runs. To wait for it again and gate the results, without starting a new "
          + "batch:" + System.lineSeparator())
          .contains("  sigmamind suite run --report-dir '" + reports + "' --timeout 300ms --resume " + batchId
              + " '" + suite + "'" + System.lineSeparator());

      clock.advance(Duration.ofHours(1));
      ProgramRun resume = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), words(stopped.out()));

      assertThat(resume.exitCode()).as(resume.err()).isZero();
      assertThat(resume.out()).contains("resuming batch " + batchId).contains("16/16 runs judged (13 passed, 3 failed)")
          .doesNotContain("started batch").doesNotContain("goes on at SigmaMind")
          .endsWith("PASSED: pass rate 81.3% meets the minimum of 80.0%" + System.lineSeparator());
      assertThat(client.agent(AGENT).batchRuns().list(PageRequest.firstOfMaxSize(), RequestOptions.none()).items())
          .as("no new batch").hasSize(1);

      Path uninterrupted = Files.createDirectories(directory.resolve("uninterrupted"));
      Path twinReports = uninterrupted.resolve("reports");
      runToTheEnd(twin, twinClock, Files.copy(SuiteRunCommandTest.EXAMPLE_SUITE, uninterrupted.resolve("demo-agent.yaml")),
          twinReports);

      Map<String, Object> json = SuiteRunCommandTest.readJson(reports.resolve("demo-agent.json"));
      Map<String, Object> expected = SuiteRunCommandTest.readJson(twinReports.resolve("demo-agent.json"));
      assertThat(json.get("sync")).as("nothing was synced on resuming")
          .isEqualTo(Map.of("created", 0.0, "updated", 0.0, "unchanged", 5.0));
      assertThat(expected.get("sync")).isEqualTo(Map.of("created", 5.0, "updated", 0.0, "unchanged", 0.0));
      assertThat(normalized(json, api, resumed)).isEqualTo(normalized(expected, twin, uninterrupted));
      for (String file : List.of("TEST-demo-agent.xml", "summary.md")) {
        assertThat(normalized(Files.readString(reports.resolve(file)), api, resumed)).as(file)
            .isEqualTo(normalized(Files.readString(twinReports.resolve(file)), twin, uninterrupted));
      }
    }
  }

  @Test
  void withABaselineGateTheHintSaysResumingMayStartAConfirmationBatch() throws Exception {
    SandboxClock clock = SandboxClock.fixed(START);
    try (SigmaMindSandbox api = sandbox(clock)) {
      Path suite = Files.copy(SuiteRunCommandTest.EXAMPLE_SUITE, directory.resolve("demo-agent.yaml"));
      runToTheEnd(api, clock, suite, directory.resolve("recording"), "--record-baseline");
      Path baseline = directory.resolve("demo-agent.baseline.yaml");

      StoppedRun run = stoppedRun(api, directory, "300ms", "--baseline", baseline.toString());

      assertThat(run.program().out()).contains("Batch " + run.batchId() + " goes on at SigmaMind: stopping the wait "
          + "does not cancel runs. To wait for it again and gate the results, without starting a new batch (but for a "
          + "confirmation batch, if the baseline gate asks for one):" + System.lineSeparator()
          + "  sigmamind suite run --report-dir " + run.reports() + " --timeout 300ms --baseline " + baseline
          + " --resume " + run.batchId() + " " + suite + System.lineSeparator());
    }
  }

  @Test
  void aTimedOutBatchWaitPrintsTheCommandThatWaitsAgainAndThatCommandSeesTheBatchComplete() throws Exception {
    SandboxClock clock = SandboxClock.fixed(START);
    try (SigmaMindSandbox api = sandbox(clock)) {
      String batchId = stoppedRun(api, directory, "100ms").batchId();

      ProgramRun stopped = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), "batch", "wait", batchId,
          "--agent", AGENT, "--timeout", "300ms");

      assertThat(stopped.exitCode()).as(stopped.err()).isEqualTo(3);
      assertThat(stopped.err()).contains("300ms");
      assertThat(stopped.out()).contains("Batch " + batchId + " goes on at SigmaMind: stopping the wait does not cancel "
          + "runs. To wait for it again:" + System.lineSeparator()
          + "  sigmamind batch wait --agent " + AGENT + " --timeout 300ms " + batchId + System.lineSeparator());

      clock.advance(Duration.ofHours(1));
      ProgramRun waitedAgain = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), words(stopped.out()));

      assertThat(waitedAgain.exitCode()).as(waitedAgain.err()).isZero();
      // The same verdicts as the suite run that waits to the end (the test above).
      assertThat(waitedAgain.out()).endsWith("Batch " + batchId + " is complete: 16/16 runs judged (13 passed, 3 failed)"
          + System.lineSeparator()).doesNotContain("goes on at SigmaMind");
    }
  }

  @Test
  void resumingNeedsOneBatchPerFileAndATargetThatKeepsBatches() throws IOException {
    Path suite = Files.copy(SuiteRunCommandTest.EXAMPLE_SUITE, directory.resolve("demo-agent.yaml"));

    ProgramRun twoBatches = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", suite.toString(),
        "--resume", "batch_1", "--resume", "batch_2");
    ProgramRun embedded = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", suite.toString(),
        "--resume", "batch_1");

    assertThat(twoBatches.exitCode()).isEqualTo(2);
    assertThat(twoBatches.err()).startsWith("--resume names the batch of each suite FILE, in the same order: 1 file(s) but 2");
    assertThat(embedded.exitCode()).isEqualTo(2);
    assertThat(embedded.err()).startsWith("--resume waits for a batch on the API or a standalone sandbox");
  }

  @Test
  void aBatchOfOtherTestCasesOrAnEditedSuiteIsNotResumed() throws IOException {
    try (SigmaMindSandbox api = Target.sandboxConfiguration().pace(Duration.ZERO).build().start();
        SigmaMindClient client = client(api)) {
      Path suite = Files.copy(SuiteRunCommandTest.EXAMPLE_SUITE, directory.resolve("demo-agent.yaml"));
      Path reports = directory.resolve("reports");
      ProgramRun first = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), "suite", "run", suite.toString(),
          "--report-dir", reports.toString());
      assertThat(first.exitCode()).as(first.err()).isZero();
      String firstBatch = (String) SuiteRunCommandTest.readJson(reports.resolve("demo-agent.json")).get("batchId");
      String oneCase = client.agent(AGENT).testCases().list().get(0).testCaseId();
      String otherBatch = client.agent(AGENT).batchRuns().create(oneCase).batchId();

      ProgramRun other = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), "suite", "run", suite.toString(),
          "--report-dir", reports.toString(), "--resume", otherBatch);
      Files.writeString(suite, Files.readString(suite).replace("attempt: 5", "attempt: 6"));
      ProgramRun edited = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), "suite", "run", suite.toString(),
          "--report-dir", reports.toString(), "--resume", firstBatch);

      assertThat(other.exitCode()).isEqualTo(3);
      assertThat(other.err()).startsWith("demo-agent: cannot resume batch " + otherBatch + ": it ran test cases [" + oneCase
          + "], but the suite's are [").contains("resume it with the suite file that started it");
      assertThat(edited.exitCode()).isEqualTo(3);
      assertThat(edited.err()).startsWith("demo-agent: cannot resume batch " + firstBatch + ": ").contains(
          "the suite differs from the agent's test cases (0 to create, 1 to update, 4 unchanged)",
          "update 'Cancellation flow' (tc_", "): attempt");
      assertThat(client.agent(AGENT).batchRuns().list(PageRequest.firstOfMaxSize(), RequestOptions.none()).items())
          .as("no new batch").hasSize(2);
    }
  }

  /** A {@code suite run} of the example suite in {@code folder}, stopped by {@code --timeout}: its batch goes on. */
  private record StoppedRun(ProgramRun program, Path suite, Path reports, String batchId) {
  }

  private static StoppedRun stoppedRun(SigmaMindSandbox api, Path folder, String timeout, String... options)
      throws IOException {
    Path suite = folder.resolve("demo-agent.yaml");
    if (Files.notExists(suite)) {
      Files.copy(SuiteRunCommandTest.EXAMPLE_SUITE, suite);
    }
    Path reports = folder.resolve("reports");
    List<String> arguments = new ArrayList<>(List.of("suite", "run", suite.toString(), "--report-dir",
        reports.toString(), "--timeout", timeout));
    arguments.addAll(List.of(options));
    ProgramRun program = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), arguments.toArray(new String[0]));
    assertThat(program.exitCode()).as(program.err()).isEqualTo(3);
    String batchId = (String) SuiteRunCommandTest.readJson(reports.resolve("demo-agent.json")).get("batchId");
    return new StoppedRun(program, suite, reports, batchId);
  }

  private static SigmaMindSandbox sandbox(SandboxClock clock) {
    return Target.sandboxConfiguration().clock(clock).pace(Duration.ofMillis(150)).build().start();
  }

  private static SigmaMindClient client(SigmaMindSandbox sandbox) {
    return SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(sandbox.baseUrl()).build();
  }

  /** The suite run once, its batch completed by moving the twin's clock as far as the other's. */
  private static void runToTheEnd(SigmaMindSandbox twin, SandboxClock twinClock, Path suite, Path reports,
      String... options) throws Exception {
    List<String> arguments = new ArrayList<>(List.of("suite", "run", suite.toString(), "--report-dir",
        reports.toString()));
    arguments.addAll(List.of(options));
    try (SigmaMindClient client = client(twin)) {
      CompletableFuture<ProgramRun> running = CompletableFuture.supplyAsync(() -> ProgramRun.sigmamind(
          ProgramRun.apiAt(twin.baseUrl()), arguments.toArray(new String[0])));
      ParallelSuitesTest.awaitBatch(client, AGENT, running);
      twinClock.advance(Duration.ofHours(1));
      ProgramRun run = running.get(2, TimeUnit.MINUTES);
      assertThat(run.exitCode()).as(run.err()).isZero();
    }
  }

  /** The arguments of the printed resume command, unquoted as a shell would. */
  static String[] words(String output) {
    Matcher command = RESUME_COMMAND.matcher(output);
    assertThat(command.find()).as(output).isTrue();
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(command.group(1));
    while (word.find()) {
      words.add(word.group(1) != null ? word.group(1) : word.group(2));
    }
    return words.toArray(new String[0]);
  }

  /** A report with what differs by nature between the two runs taken out: times, where, and what the sync did. */
  private static String normalized(String text, SigmaMindSandbox sandbox, Path directory) {
    return text.replace(sandbox.baseUrl(), "BASE_URL").replace(directory.toString(), "DIR")
        .replaceAll("\\| \\d+ created, \\d+ updated, \\d+ unchanged", "| SYNC");
  }

  private static Map<String, Object> normalized(Map<String, Object> json, SigmaMindSandbox sandbox, Path directory) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(json);
    copy.keySet().removeAll(List.of("started", "finished", "sync"));
    copy.replace("suiteFile", normalized(String.valueOf(copy.get("suiteFile")), sandbox, directory));
    copy.replace("targetDescription", normalized(String.valueOf(copy.get("targetDescription")), sandbox, directory));
    List<Map<String, Object>> cases = new ArrayList<>();
    for (Object testCase : (List<?>) copy.get("testCases")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> withoutSync = new java.util.LinkedHashMap<>((Map<String, Object>) testCase);
      withoutSync.remove("sync");
      cases.add(withoutSync);
    }
    copy.put("testCases", cases);
    return copy;
  }
}
