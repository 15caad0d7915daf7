package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.PageRequest;
import ai.sigmamind.sdk.RequestOptions;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.AgentStatus;
import ai.sigmamind.sandbox.SandboxClock;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.suite.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three suites for three agents at once: per-suite reports, one combined verdict. */
class ParallelSuitesTest {
  @TempDir
  Path directory;

  @Test
  void threeSuitesRunConcurrentlyWithReportsEachAndOneCombinedVerdict() throws Exception {
    // The sandbox's clock stands still, so no run can complete until the test moves it: a runner that
    // waited for one suite before starting the next would never start the second batch.
    SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-12-01T00:00:00Z"));
    try (SigmaMindSandbox api = Target.sandboxConfiguration().clock(clock).pace(Duration.ofMillis(150)).build().start();
        SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY)
            .baseUrl(api.baseUrl()).build()) {
      api.addAgent("agent_billing", "Billing Agent", AgentStatus.ACTIVE);
      api.addAgent("agent_support", "Support Agent", AgentStatus.ACTIVE);
      Path demo = suite("demo", "mJzLaPEo425lieb9", "");
      Path billing = suite("billing", "agent_billing", "");
      Path support = suite("support", "agent_support", " [sandbox:fail]");
      Path reports = directory.resolve("reports");

      CompletableFuture<ProgramRun> running = CompletableFuture.supplyAsync(() -> ProgramRun.sigmamind(
          ProgramRun.apiAt(api.baseUrl()), "suite", "run", "--parallel", "3", demo.toString(), billing.toString(),
          support.toString(), "--report-dir", reports.toString()));
      for (String agentId : List.of("mJzLaPEo425lieb9", "agent_billing", "agent_support")) {
        awaitBatch(client, agentId, running);
      }
      clock.advance(Duration.ofHours(1));
      ProgramRun run = running.get(2, TimeUnit.MINUTES);

      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.out()).contains("demo: PASSED: pass rate 100.0%", "billing: PASSED: pass rate 100.0%",
              "support: FAILED: pass rate 0.0% is below the minimum of 80.0%")
          .endsWith("Combined verdict: FAILED, exit code 1" + System.lineSeparator());
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

  /**
   * Returns once the agent has a batch on the sandbox, failing if the program ends first or after a
   * minute. Polls: the sandbox tells no one when a batch is created.
   */
  static void awaitBatch(SigmaMindClient client, String agentId, CompletableFuture<ProgramRun> running) {
    awaitBatches(client, agentId, 1, running);
  }

  /** Waits, at most a minute, until {@code agentId} has {@code count} batches, failing if {@code running} ends first. */
  static void awaitBatches(SigmaMindClient client, String agentId, int count, CompletableFuture<ProgramRun> running) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (client.agent(agentId).batchRuns().list(PageRequest.firstOfMaxSize(), RequestOptions.none()).items()
        .size() < count) {
      assertThat(running).as("the program ended before %s's batch was started", agentId).isNotDone();
      assertThat(System.nanoTime()).as("%s's batch started within a minute", agentId).isLessThan(deadline);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // a poll interval; no result depends on it
    }
  }
}
