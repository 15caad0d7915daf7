package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SandboxExtension;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sandbox.WireShape;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.TestCases;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.suite.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's help, validate, sync (with and without labels on the wire, a test case removed from the file
 * and --prune), and the API commands.
 */
class CommandsTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(Target.sandboxConfiguration().pace(Duration.ZERO));

  private static final String AGENT_ID = "mJzLaPEo425lieb9";
  private static final String SUITE = """
      agentId: mJzLaPEo425lieb9
      testCases:
        - label: Refund request
          userPrompt: You are a customer who wants a refund for a damaged blender.
          successCriteria: Agent confirms the refund amount and timeline.
          attempt: 2
        - label: Billing question
          userPrompt: You are a customer who wants to understand a high invoice.
          successCriteria: Agent explains every line of the invoice.
      """;
  private static final String WITHOUT_BILLING = SUITE.substring(0, SUITE.indexOf("  - label: Billing question"));

  @TempDir
  Path directory;

  @Test
  void everyCommandHasHelpAndTheToolHasAVersion() {
    for (List<String> command : List.of(List.<String>of(), List.of("suite"), List.of("suite", "run"),
        List.of("suite", "sync"), List.of("suite", "validate"), List.of("runs"), List.of("runs", "get"),
        List.of("batch"), List.of("batch", "wait"), List.of("batch", "report"), List.of("sandbox"))) {
      List<String> args = new java.util.ArrayList<>(command);
      args.add("--help");

      ProgramRun run = ProgramRun.sigmamind(Map.of(), args.toArray(new String[0]));

      assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
      assertThat(run.out()).startsWith("Usage: sigmamind" + (command.isEmpty() ? "" : " " + String.join(" ", command)));
    }
    ProgramRun version = ProgramRun.sigmamind(Map.of(), "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("sigmamind 0.");
  }

  @Test
  void unknownFlagsAndMissingCommandsAreUsageErrors() {
    assertThat(ProgramRun.sigmamind(Map.of(), "suite", "run", "--frobnicate").exitCode()).isEqualTo(2);
    assertThat(ProgramRun.sigmamind(Map.of(), "suite").exitCode()).isEqualTo(2);
    ProgramRun badTimeout = ProgramRun.sigmamind(Map.of(), "batch", "wait", "batch_1", "--agent", "a", "--sandbox",
        "--timeout", "soon");
    assertThat(badTimeout.exitCode()).isEqualTo(2);
    assertThat(badTimeout.err()).contains("--timeout: 'soon' is not a duration; expected a duration: 500ms, 90s");
    assertThat(badTimeout.out()).isEmpty();
  }

  @Test
  void aBadFlagIsOneLineLikeEveryOtherUsageError() {
    String suite = SuiteRunCommandTest.EXAMPLE_SUITE.toString();
    ProgramRun badTimeout = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", "--timeout", "soon", suite);
    ProgramRun unknown = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", "--timeuot", "5m", suite);
    ProgramRun badRate = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", "--min-pass-rate", "2", suite);
    ProgramRun badPort = ProgramRun.sigmamind(Map.of(), "sandbox", "--port", "many");

    assertThat(badTimeout.exitCode()).isEqualTo(2);
    assertThat(badTimeout.err()).startsWith("--timeout: 'soon' is not a duration").hasLineCount(1);
    assertThat(badTimeout.out()).isEmpty();
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("Unknown option: '--timeuot' (did you mean --timeout?)" + System.lineSeparator()
        + "Try 'sigmamind suite run --help' for more information." + System.lineSeparator());
    assertThat(badRate.err()).startsWith("--min-pass-rate").hasLineCount(1);
    assertThat(badPort.err()).startsWith("Invalid value for option '--port'").hasLineCount(1);
  }

  @Test
  void helpIsACommandAndTheExitCodesReadOnePerLine() {
    ProgramRun help = ProgramRun.sigmamind(Map.of(), "help");
    ProgramRun suiteHelp = ProgramRun.sigmamind(Map.of(), "help", "suite");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: sigmamind")
        .containsPattern("  help +Display help information about the specified command.").contains(String.join(System.lineSeparator(), "Exit codes:",
        "  0  passed (or done)",
        "  1  a gate failed (e.g. pass rate under the minimum)",
        "  2  usage error (flags, suite file, no target or key, unwritable output)",
        "  3  API error, timeout, Ctrl-C or SIGTERM"));
    assertThat(help.out().lines()).as("nothing wraps at 80 columns").allMatch(line -> line.length() <= 80);
    assertThat(suiteHelp.exitCode()).isZero();
    assertThat(suiteHelp.out()).startsWith("Usage: sigmamind suite");
  }

  @Test
  void validateReportsEveryProblemOfEveryFileWithoutTheNetwork() throws IOException {
    Path good = Files.writeString(directory.resolve("good.yaml"), SUITE);
    Path bad = Files.writeString(directory.resolve("bad.yaml"), SUITE.replace("attempt: 2", "attempt: zero")
        .replace("successCriteria: Agent explains", "successCriterion: Agent explains"));

    ProgramRun run = ProgramRun.sigmamind(Map.of(), "suite", "validate", good.toString(), bad.toString(),
        directory.resolve("missing.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEqualTo(good + ": valid, 2 test case(s) for agent " + AGENT_ID + " (suite good)"
        + System.lineSeparator());
    assertThat(run.err().lines()).containsExactly(
        bad + ":6: test case 'Refund request': 'attempt' must be a positive integer, found 'zero'",
        bad + ":7: test case 'Billing question': missing required field 'successCriteria'",
        bad + ":9: test case 'Billing question': unknown field 'successCriterion' (expected one of label, userPrompt, "
            + "successCriteria, attempt, llmModel, mockData)",
        directory.resolve("missing.yaml") + ": suite file not found");
  }

  @Test
  void syncShowsThePlanAndADryRunChangesNothing(SigmaMindSandbox sandbox) throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), SUITE);
    TestCases testCases = testCases(sandbox.baseUrl());
    int before = testCases.list().size();

    ProgramRun dryRun = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), "suite", "sync", suite.toString(), "--dry-run");

    assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
    assertThat(dryRun.out()).contains("Plan: 2 to create, 0 to update, 0 unchanged", "  create 'Refund request'",
        "Dry run: nothing was changed.");
    assertThat(testCases.list()).hasSize(before);
    assertThat(directory.resolve("suite.lock.json")).doesNotExist();

    ProgramRun sync = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), "suite", "sync", suite.toString());
    Files.writeString(suite, SUITE.replace("attempt: 2", "attempt: 3"));
    ProgramRun changed = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), "suite", "sync", suite.toString(), "--dry-run");

    assertThat(sync.out()).contains("Synced test cases: 2 created, 0 updated, 0 unchanged; lock file "
        + directory.resolve("suite.lock.json"));
    assertThat(changed.out()).containsPattern("  update 'Refund request' \\(tc_\\w+\\): attempt");
  }

  @Test
  void withoutLabelsOnTheWireTheSecondSyncCreatesNothing() throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), SUITE);
    try (SigmaMindSandbox seedShape = SigmaMindSandbox.builder().wireShape(WireShape.SEED).build().start()) {
      TestCases testCases = testCases(seedShape.baseUrl());

      ProgramRun first = ProgramRun.sigmamind(ProgramRun.apiAt(seedShape.baseUrl()), "suite", "sync", suite.toString());
      int afterFirst = testCases.list().size();
      ProgramRun second = ProgramRun.sigmamind(ProgramRun.apiAt(seedShape.baseUrl()), "suite", "sync", suite.toString());

      assertThat(first.out()).contains("Synced test cases: 2 created, 0 updated, 0 unchanged");
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(second.out()).contains("Plan: 0 to create, 0 to update, 2 unchanged")
          .contains("Synced test cases: 0 created, 0 updated, 2 unchanged");
      assertThat(testCases.list()).hasSize(afterFirst);
    }
  }

  @Test
  void syncReportsAndKeepsARemovedCaseAndSyncPruneDeletesIt(SigmaMindSandbox sandbox) throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), SUITE);
    String billingId = idOf("Billing question", sync(sandbox, suite));
    Files.writeString(suite, WITHOUT_BILLING);

    ProgramRun second = sync(sandbox, suite);
    ProgramRun dryRun = sync(sandbox, suite, "--prune", "--dry-run");

    String kept = "  no longer in the suite: 'Billing question' (" + billingId + ") stays on the agent; --prune deletes it";
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("Plan: 0 to create, 0 to update, 1 unchanged, 1 no longer in the suite (kept on the agent)",
        kept, "Synced test cases: 0 created, 0 updated, 1 unchanged, 1 no longer in the suite (kept on the agent)");
    assertThat(directory.resolve("suite.lock.json")).content().contains("\"removed\"", billingId);
    assertThat(dryRun.out()).contains("Plan: 0 to create, 0 to update, 1 unchanged, 1 to delete",
        "  delete 'Billing question' (" + billingId + "): no longer in the suite", "Dry run: nothing was changed.");
    assertThat(testCaseIds(sandbox)).contains(billingId);

    ProgramRun pruned = sync(sandbox, suite, "--prune");

    assertThat(pruned.exitCode()).as(pruned.err()).isZero();
    assertThat(pruned.out()).contains("Synced test cases: 0 created, 0 updated, 1 unchanged, 1 deleted");
    assertThat(testCaseIds(sandbox)).doesNotContain(billingId);
    assertThat(directory.resolve("suite.lock.json")).content().doesNotContain("Billing question");
  }

  @Test
  void runReportsARemovedCaseAndRunPruneDeletesItBeforeTheBatch(SigmaMindSandbox sandbox) throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), SUITE);
    String billingId = idOf("Billing question", sync(sandbox, suite));
    Files.writeString(suite, WITHOUT_BILLING);
    String[] run = {"suite", "run", suite.toString(), "--min-pass-rate", "0", "--report-dir",
        directory.resolve("reports").toString()};

    ProgramRun kept = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), run);
    ProgramRun pruning = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), concat(run, "--prune"));

    assertThat(kept.exitCode()).as(kept.err()).isZero();
    assertThat(kept.out()).contains(
        "  no longer in the suite: 'Billing question' (" + billingId + ") stays on the agent; --prune deletes it");
    assertThat(pruning.exitCode()).as(pruning.err()).isZero();
    assertThat(pruning.out()).contains("  no longer in the suite: 'Billing question' (" + billingId
        + ") deleted on the agent (--prune)");
    assertThat(testCaseIds(sandbox)).doesNotContain(billingId);
  }

  @Test
  void runsGetPrintsTheSeedsRunAsTextOrJson(SigmaMindSandbox sandbox) {
    sandbox.setUpProviderState("test run job_ksUu5yRHGTLLrLeM of batch batch_s0OJu2JWR8R45Fai exists and succeeded", Map.of());
    String[] get = {"runs", "get", "job_ksUu5yRHGTLLrLeM", "--batch", "batch_s0OJu2JWR8R45Fai", "--agent", AGENT_ID};

    ProgramRun text = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), get);
    ProgramRun json = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), concat(get, "--json"));
    ProgramRun missing = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()),
        "runs", "get", "job_x", "--batch", "batch_x", "--agent", AGENT_ID);

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("On the SigmaMind API at " + sandbox.baseUrl())
        .contains("Test run job_ksUu5yRHGTLLrLeM of batch batch_s0OJu2JWR8R45Fai")
        .contains("  verdict:          PASSED");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).startsWith("{").contains("\"jobId\": \"job_ksUu5yRHGTLLrLeM\"");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).startsWith("API error: 404 Not Found on GET /v1/test-runs/job_x");
  }

  @Test
  void batchWaitAndReportShowABatchStartedElsewhere(SigmaMindSandbox sandbox) {
    String batchId;
    try (SigmaMindClient client = client(sandbox.baseUrl())) {
      String testCaseId = client.agent(AGENT_ID).testCases().create(request -> request.label("Opening hours")
          .userPrompt("You are a customer.").successCriteria("Agent helps. [sandbox:fail]").attempt(2L)).testCaseId();
      batchId = client.agent(AGENT_ID).batchRuns().create(testCaseId).batchId();
    }

    ProgramRun wait = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), "batch", "wait", batchId, "--agent", AGENT_ID);
    ProgramRun report = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), "batch", "report", batchId, "--agent", AGENT_ID);
    ProgramRun json = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), "batch", "report", batchId, "--agent", AGENT_ID,
        "--json");

    assertThat(wait.exitCode()).as(wait.err()).isZero();
    assertThat(wait.out()).contains("Batch " + batchId + " is complete: 2/2 runs judged (0 passed, 2 failed)");
    assertThat(report.exitCode()).isZero();
    assertThat(report.out()).contains("Batch " + batchId + " of agent " + AGENT_ID + " on the SigmaMind API at");
    assertThat(json.out()).startsWith("{").contains("\"batch\": {", "\"runs\": [");
  }

  private static ProgramRun sync(SigmaMindSandbox sandbox, Path suite, String... flags) {
    return ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), concat(new String[] {"suite", "sync", suite.toString()},
        flags));
  }

  /** The id the lock file beside the suite records for {@code label}. */
  private String idOf(String label, ProgramRun sync) throws IOException {
    Matcher id = Pattern.compile("\"" + Pattern.quote(label) + "\": \"(\\w+)\"")
        .matcher(Files.readString(directory.resolve("suite.lock.json")));
    assertThat(id.find()).as(sync.out() + sync.err()).isTrue();
    return id.group(1);
  }

  private static List<String> testCaseIds(SigmaMindSandbox sandbox) {
    try (SigmaMindClient client = client(sandbox.baseUrl())) {
      return client.agent(AGENT_ID).testCases().list().stream().map(TestCase::testCaseId).toList();
    }
  }

  private static TestCases testCases(String baseUrl) {
    return client(baseUrl).agent(AGENT_ID).testCases();
  }

  private static SigmaMindClient client(String baseUrl) {
    return SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(baseUrl).build();
  }

  private static String[] concat(String[] first, String... second) {
    String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
