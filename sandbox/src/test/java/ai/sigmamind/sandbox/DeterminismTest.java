package ai.sigmamind.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The same seed and the same calls give the same ids, verdicts, remarks and transcripts. */
class DeterminismTest {
  private static final Instant START = Instant.parse("2026-04-01T12:00:00Z");

  /** Creates two test cases, runs them (20 runs) to completion and answers every run. */
  private static List<TestRun> scenario(SigmaMindSandbox.Builder builder) {
    SandboxClock clock = SandboxClock.fixed(START);
    try (SigmaMindSandbox sandbox = builder.clock(clock).wireShape(WireShape.NEWER).build().start()) {
      return scenario(sandbox, clock);
    }
  }

  private static List<TestRun> scenario(SigmaMindSandbox sandbox, SandboxClock clock) {
    Api api = new Api(sandbox.baseUrl(), "key-determinism");
    TestCase refund = api.createTestCase("You are a customer who wants to get a refund.", "Agent refunds.", 12);
    TestCase upgrade = api.createTestCase("You are a customer who wants to upgrade.", "Agent upgrades.", 8);
    BatchRunCreated batch = api.startBatch(refund.testCaseId(), upgrade.testCaseId());
    clock.advance(Duration.ofMinutes(5));
    return api.runs(batch.batchId()).data();
  }

  @Test
  void theSameSeedGivesTheSameRuns() {
    List<TestRun> first = scenario(SigmaMindSandbox.builder().seed(2024));
    List<TestRun> second = scenario(SigmaMindSandbox.builder().seed(2024));

    assertThat(first).hasSize(20).isEqualTo(second);
    assertThat(first).extracting(TestRun::successful).contains(true, false);
  }

  @Test
  void anotherSeedGivesOtherIdsAndVerdicts() {
    List<TestRun> first = scenario(SigmaMindSandbox.builder().seed(1));
    List<TestRun> second = scenario(SigmaMindSandbox.builder().seed(2));

    assertThat(first).extracting(TestRun::jobId).doesNotContainAnyElementsOf(second.stream().map(TestRun::jobId).toList());
    assertThat(first).extracting(TestRun::successful).isNotEqualTo(second.stream().map(TestRun::successful).toList());
  }

  @Test
  void passProbabilityBoundsTheVerdicts() {
    assertThat(scenario(SigmaMindSandbox.builder().passProbability(1.0))).extracting(TestRun::successful).containsOnly(true);
    assertThat(scenario(SigmaMindSandbox.builder().passProbability(0.0))).extracting(TestRun::successful).containsOnly(false);
  }

  @Test
  void resetRestartsTheIdSequence() {
    SandboxClock clock = SandboxClock.fixed(START);
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().clock(clock).build().start()) {
      List<TestRun> before = scenario(sandbox, clock);
      sandbox.reset();
      List<TestRun> after = scenario(sandbox, clock);

      assertThat(after).extracting(TestRun::jobId).isEqualTo(before.stream().map(TestRun::jobId).toList());
      assertThat(after).extracting(TestRun::successful).isEqualTo(before.stream().map(TestRun::successful).toList());
    }
  }

  @Test
  void verdictForeseesTheVerdictsOfAStartedBatch() {
    SandboxClock clock = SandboxClock.fixed(START);
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().seed(2024).clock(clock).build().start()) {
      Api api = new Api(sandbox.baseUrl(), "key-verdict");
      TestCase drawn = api.createTestCase("A customer. [sandbox:p=0.5]", "Agent helps.", 12);
      TestCase unmarked = api.createTestCase("A customer who wants to upgrade.", "Agent upgrades.", 8);
      TestCase stuck = api.createTestCase("A customer. [sandbox:stuck]", "Agent helps.", 1);
      BatchRunCreated batch = api.startBatch(drawn.testCaseId(), unmarked.testCaseId(), stuck.testCaseId());
      clock.advance(Duration.ofMinutes(5));

      // Runs come in order: each test case's attempts from 1.
      List<TestRun.Verdict> foreseen = new ArrayList<>();
      for (TestCase testCase : List.of(drawn, unmarked, stuck)) {
        LongStream.rangeClosed(1, testCase.attempt())
            .forEach(attempt -> foreseen.add(sandbox.verdict(testCase, batch.batchId(), attempt)));
      }
      assertThat(api.runs(batch.batchId()).data()).extracting(TestRun::verdict)
          .isEqualTo(foreseen)
          .contains(TestRun.Verdict.PASSED, TestRun.Verdict.FAILED)
          .endsWith(TestRun.Verdict.PENDING);
    }
  }

  @Test
  void verdictNeedsNoStartAndChecksTheAttempt() {
    TestCase passing = TestCase.builder().testCaseId("tc_pass").userPrompt("A customer. [sandbox:pass]").build();
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().passProbability(0).build()) {
      assertThat(sandbox.verdict(passing, "batch_1", 1)).isEqualTo(TestRun.Verdict.PASSED);
      assertThatThrownBy(() -> sandbox.verdict(passing, "batch_1", 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("attempt counts from 1, was 0");
    }
  }
}
