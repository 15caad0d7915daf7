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
        .containsPattern("Refund\\s+2\\s+0\\s+2\\s+0\\.0%");
    assertThat(reports.resolve("TEST-my-suite.xml")).isRegularFile();
    assertThat(reports.resolve("my-suite.json")).isRegularFile();
    assertThat(reports.resolve("my-suite.html")).isRegularFile();
    assertThat(reports.resolve("summary.md")).isRegularFile();
  }
}
