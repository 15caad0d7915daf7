package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first thing a user tries: their own suite, for their own agent id, on {@code --sandbox}. */
class OwnAgentOnSandboxTest {
  static final String OWN_SUITE = """
      name: my-suite
      agentId: agent_123
      testCases:
        - label: Opening hours
          userPrompt: You are a customer who wants to know the opening hours.
          successCriteria: Agent gives the opening hours.
        - label: Refund
          userPrompt: You are a customer who wants a refund. [sandbox:fail]
          successCriteria: Agent explains the refund policy.
          attempt: 2
      """;

  @TempDir
  Path directory;

  @Test
  void aSuiteForTheUsersOwnAgentRunsOnTheEmbeddedSandbox() throws IOException {
    Path suite = Files.writeString(directory.resolve("my-suite.yaml"), OWN_SUITE);
    Path reports = directory.resolve("reports");

    ProgramRun run = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", suite.toString(),
        "--report-dir", reports.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Target: embedded sandbox at http://127.0.0.1:")
        .contains("synced test cases: 2 created, 0 updated, 0 unchanged")
        .containsPattern("Suite my-suite, agent agent_123, batch batch_\\w+")
        .containsPattern("Opening hours\\s+1\\s+1\\s+0\\s+100\\.0%")
        .containsPattern("Refund\\s+2\\s+0\\s+2\\s+0\\.0%")
        .doesNotContain("::error");
    assertThat(reports.resolve("TEST-my-suite.xml")).isRegularFile();
    assertThat(reports.resolve("my-suite.json")).isRegularFile();
    assertThat(reports.resolve("my-suite.html")).isRegularFile();
    assertThat(reports.resolve("summary.md")).isRegularFile();
  }

  @Test
  void underGitHubActionsTheSummaryGoesToTheStepSummaryAndFailedCasesAreAnnotatedAtTheirLine() throws IOException {
    // As the runner sets them: the workspace is the checkout, the step summary file already exists.
    Path suite = Files.writeString(Files.createDirectories(directory.resolve("suites")).resolve("my-suite.yaml"), OWN_SUITE);
    Path stepSummary = Files.writeString(directory.resolve("step_summary"), "Earlier step\n");
    Map<String, String> runner = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", stepSummary.toString(),
        "GITHUB_WORKSPACE", directory.toString());

    ProgramRun run = ProgramRun.sigmamind(runner, "suite", "run", "--sandbox", suite.toString(),
        "--report-dir", directory.resolve("reports").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    // Escaped as the runner decodes workflow commands: ":" in a property is %3A, "%" anywhere %25.
    assertThat(run.out().lines().filter(line -> line.startsWith("::"))).containsExactly(
        "::error file=suites/my-suite.yaml,line=7,title=my-suite%3A Refund::2 of 2 runs failed (pass rate 0.0%25)");
    assertThat(Files.readString(stepSummary))
        .startsWith("Earlier step\n## sigmamind suite run: FAILED\n")
        .contains("| my-suite | `agent_123` |")
        .isEqualTo("Earlier step\n" + Files.readString(directory.resolve("reports/summary.md")) + "\n");
  }

  @Test
  void underGitHubActionsARegressedCaseIsAnnotatedWithItsComparison() throws IOException {
    String gated = """
        name: gated
        agentId: agent_123
        testCases:
          - label: Refund
            userPrompt: You are a customer who wants a refund. [sandbox:p=0.9]
            successCriteria: Agent explains the refund policy.
            attempt: 40
        """;
    Path suite = Files.writeString(directory.resolve("gated.yaml"), gated);
    Path reports = directory.resolve("reports");
    ProgramRun recording = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", suite.toString(),
        "--record-baseline", "--min-pass-rate", "0", "--report-dir", reports.toString());
    assertThat(recording.exitCode()).as(recording.out() + recording.err()).isZero();
    Files.writeString(suite, gated.replace("[sandbox:p=0.9]", "[sandbox:p=0.3]"));
    Path stepSummary = Files.writeString(directory.resolve("step_summary"), "");

    ProgramRun rerun = ProgramRun.sigmamind(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", stepSummary.toString(),
        "GITHUB_WORKSPACE", directory.toString()), "suite", "run", "--sandbox", suite.toString(),
        "--baseline", directory.resolve("gated.baseline.yaml").toString(), "--report-dir", reports.toString());

    assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isEqualTo(1);
    assertThat(rerun.out().lines().filter(line -> line.startsWith("::")).toList()).singleElement().asString()
        .startsWith("::error file=gated.yaml,line=4,title=gated%3A Refund::regressed: ");
    assertThat(Files.readString(stepSummary)).contains("### gated against the baseline: FAILED");
  }
}
