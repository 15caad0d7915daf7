package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SandboxBaseUrl;
import ai.sigmamind.sandbox.SandboxExtension;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.suite.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test case removed from the suite file, through {@code suite sync} and {@code suite run} on a
 * sandbox standing in for the API: reported and kept (on the agent and in the lock file) until
 * {@code --prune} deletes it; {@code --dry-run} shows what prune would delete.
 */
class RemovedCasesTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(Target.sandboxConfiguration().pace(Duration.ZERO));

  private static final String AGENT_ID = "mJzLaPEo425lieb9";
  private static final String KEPT = """
      agentId: mJzLaPEo425lieb9
      testCases:
        - label: Refund request
          userPrompt: You are a customer who wants a refund for a damaged blender.
          successCriteria: Agent confirms the refund amount and timeline.
      """;
  private static final String REMOVED = """
        - label: Billing question
          userPrompt: You are a customer who wants to understand a high invoice.
          successCriteria: Agent explains every line of the invoice.
      """;

  @TempDir
  Path directory;

  @Test
  void syncReportsAndKeepsARemovedCaseAndSyncPruneDeletesIt(@SandboxBaseUrl String baseUrl) throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), KEPT + REMOVED);
    ProgramRun first = sync(baseUrl, suite);
    String billingId = idOf("Billing question", first.out());
    Files.writeString(suite, KEPT);

    ProgramRun second = sync(baseUrl, suite);
    ProgramRun dryRun = sync(baseUrl, suite, "--prune", "--dry-run");

    String kept = "  no longer in the suite: 'Billing question' (" + billingId + ") stays on the agent; --prune deletes it";
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("Plan: 0 to create, 0 to update, 1 unchanged, 1 no longer in the suite (kept on the agent)",
        kept, "Synced test cases: 0 created, 0 updated, 1 unchanged, 1 no longer in the suite (kept on the agent)");
    assertThat(directory.resolve("suite.lock.json")).content().contains("\"removed\"", billingId);
    assertThat(dryRun.out()).contains("Plan: 0 to create, 0 to update, 1 unchanged, 1 to delete",
        "  delete 'Billing question' (" + billingId + "): no longer in the suite", "Dry run: nothing was changed.");
    assertThat(agentCaseIds(baseUrl)).contains(billingId);

    ProgramRun pruned = sync(baseUrl, suite, "--prune");

    assertThat(pruned.exitCode()).as(pruned.err()).isZero();
    assertThat(pruned.out()).contains("Synced test cases: 0 created, 0 updated, 1 unchanged, 1 deleted");
    assertThat(agentCaseIds(baseUrl)).doesNotContain(billingId);
    assertThat(directory.resolve("suite.lock.json")).content().doesNotContain("Billing question");
  }

  @Test
  void runReportsARemovedCaseAndRunPruneDeletesItBeforeTheBatch(@SandboxBaseUrl String baseUrl) throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), KEPT + REMOVED);
    String billingId = idOf("Billing question", sync(baseUrl, suite).out());
    Files.writeString(suite, KEPT);

    ProgramRun run = run(baseUrl, suite);
    ProgramRun pruning = run(baseUrl, suite, "--prune");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(
        "  no longer in the suite: 'Billing question' (" + billingId + ") stays on the agent; --prune deletes it");
    assertThat(pruning.exitCode()).as(pruning.err()).isZero();
    assertThat(pruning.out()).contains("  no longer in the suite: 'Billing question' (" + billingId
        + ") deleted on the agent (--prune)");
    assertThat(agentCaseIds(baseUrl)).doesNotContain(billingId);
  }

  private ProgramRun sync(String baseUrl, Path suite, String... flags) {
    return ProgramRun.sigmamind(ProgramRun.apiAt(baseUrl), concat(List.of("suite", "sync", suite.toString()), flags));
  }

  private ProgramRun run(String baseUrl, Path suite, String... flags) {
    return ProgramRun.sigmamind(ProgramRun.apiAt(baseUrl), concat(List.of("suite", "run", suite.toString(),
        "--min-pass-rate", "0", "--report-dir", directory.resolve("reports").toString()), flags));
  }

  private static String[] concat(List<String> args, String... flags) {
    return java.util.stream.Stream.concat(args.stream(), java.util.Arrays.stream(flags)).toArray(String[]::new);
  }

  /** The id the lock file records for {@code label} after a sync. */
  private String idOf(String label, String syncOutput) throws IOException {
    Matcher id = Pattern.compile("\"" + Pattern.quote(label) + "\": \"(\\w+)\"")
        .matcher(Files.readString(directory.resolve("suite.lock.json")));
    assertThat(id.find()).as(syncOutput).isTrue();
    return id.group(1);
  }

  private static List<String> agentCaseIds(String baseUrl) {
    try (SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(baseUrl).build()) {
      return client.agent(AGENT_ID).testCases().list().stream().map(TestCase::testCaseId).toList();
    }
  }
}
