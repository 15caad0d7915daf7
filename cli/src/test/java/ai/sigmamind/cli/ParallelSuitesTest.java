package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.AgentStatus;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.suite.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three suites for three agents at once: per-suite reports, one combined verdict. */
class ParallelSuitesTest {
  @TempDir
  Path directory;

  @Test
  void threeSuitesRunConcurrentlyWithReportsEachAndOneCombinedVerdict() throws IOException {
    try (SigmaMindSandbox api = Target.sandboxConfiguration().pace(Duration.ofMillis(150)).build().start()) {
      api.addAgent("agent_billing", "Billing Agent", AgentStatus.ACTIVE);
      api.addAgent("agent_support", "Support Agent", AgentStatus.ACTIVE);
      Path demo = suite("demo", "mJzLaPEo425lieb9", "");
      Path billing = suite("billing", "agent_billing", "");
      Path support = suite("support", "agent_support", " [sandbox:fail]");
      Path reports = directory.resolve("reports");

      ProgramRun run = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), "suite", "run", "--parallel", "3",
          demo.toString(), billing.toString(), support.toString(), "--report-dir", reports.toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.out()).contains("demo: PASSED: pass rate 100.0%", "billing: PASSED: pass rate 100.0%",
              "support: FAILED: pass rate 0.0% is below the minimum of 80.0%")
          .endsWith("Combined verdict: FAILED, exit code 1" + System.lineSeparator());
      // Concurrent: every batch was started before any of them was complete.
      int lastStart = lastIndexOf(run.out(), "started batch");
      Matcher complete = Pattern.compile("(\\d+)/\\1 runs judged").matcher(run.out());
      assertThat(complete.find()).isTrue();
      assertThat(lastStart).isLessThan(complete.start());
      for (String name : List.of("demo", "billing", "support")) {
        assertThat(reports.resolve("TEST-" + name + ".xml")).isRegularFile();
        assertThat(reports.resolve(name + ".json")).isRegularFile();
        assertThat(reports.resolve(name + ".html")).isRegularFile();
      }
      assertThat(reports.resolve("summary.md")).content().startsWith("## sigmamind suite run: FAILED")
          .contains("| demo | `mJzLaPEo425lieb9` |", "| billing | `agent_billing` |", "| support | `agent_support` |");
    }
  }

  @Test
  void twoSuitesWithOneNameAreAUsageError() throws IOException {
    Path first = suite("same", "mJzLaPEo425lieb9", "");
    Path second = Files.copy(first, Files.createDirectories(directory.resolve("other")).resolve("same.yaml"));

    ProgramRun run = ProgramRun.sigmamind(java.util.Map.of(), "suite", "run", "--sandbox", first.toString(),
        second.toString(), "--report-dir", directory.resolve("reports").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the suite name 'same' is also the name of " + first);
  }

  private Path suite(String name, String agentId, String marker) throws IOException {
    return Files.writeString(directory.resolve(name + ".yaml"), """
        agentId: %s
        testCases:
          - label: Opening hours
            userPrompt: You are a customer who wants to know the opening hours.
            successCriteria: Agent gives the opening hours.%s
            attempt: 2
        """.formatted(agentId, marker));
  }

  private static int lastIndexOf(String text, String part) {
    return text.lastIndexOf(part);
  }
}
