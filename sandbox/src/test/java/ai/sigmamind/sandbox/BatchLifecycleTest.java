package ai.sigmamind.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs progress from running to completed as the sandbox clock advances; nothing sleeps. */
class BatchLifecycleTest {
  private static final Instant START = Instant.parse("2026-02-01T09:00:00Z");

  private static SigmaMindSandbox sandbox(SandboxClock clock, Duration pace) {
    return SigmaMindSandbox.builder().clock(clock).pace(pace).seed(11).build().start();
  }

  private static long judged(BatchRun batch) {
    return batch.successfulAttempts() + batch.failedAttempts();
  }

  @Test
  void runsCompleteOneByOneAtThePaceAndTheCountersFollow() {
    SandboxClock clock = SandboxClock.fixed(START);
    try (SigmaMindSandbox sandbox = sandbox(clock, Duration.ofSeconds(10))) {
      Api api = new Api(sandbox.baseUrl(), "key-lifecycle");
      TestCase testCase = api.createTestCase("A customer who wants to change plans.", "Agent changes the plan.", 3);
      TestCase other = api.createTestCase("A customer asking for an invoice.", "Agent sends the invoice.", 2);
      BatchRunCreated created = api.startBatch(testCase.testCaseId(), other.testCaseId());

      assertThat(judged(api.batch(created.batchId()))).isZero();
      assertThat(api.runs(created.batchId()).data()).allSatisfy(run -> {
        assertThat(run.completedDate()).isNull();
        assertThat(run.successful()).isNull();
        assertThat(run.remarks()).isNull();
      });

      clock.advance(Duration.ofSeconds(9));
      assertThat(judged(api.batch(created.batchId()))).isZero();
      clock.advance(Duration.ofSeconds(1));
      assertThat(judged(api.batch(created.batchId()))).isEqualTo(1);
      List<TestRun> runs = api.runs(created.batchId()).data();
      assertThat(runs.get(0).completedDate().toInstant()).isEqualTo(START.plusSeconds(10));
      assertThat(runs.get(0).successful()).isNotNull();
      assertThat(runs.get(0).remarks()).isNotBlank();
      assertThat(runs.subList(1, 5)).allSatisfy(run -> assertThat(run.completedDate()).isNull());

      clock.advance(Duration.ofSeconds(30));
      BatchRun halfway = api.batch(created.batchId());
      assertThat(judged(halfway)).isEqualTo(4);

      clock.advance(Duration.ofSeconds(10));
      BatchRun done = api.batch(created.batchId());
      List<TestRun> completed = api.runs(created.batchId()).data();
      assertThat(judged(done)).isEqualTo(done.totalAttempts()).isEqualTo(5);
      assertThat(done.successfulAttempts()).isEqualTo(completed.stream().filter(TestRun::successful).count());
      assertThat(completed).extracting(run -> run.completedDate().toInstant())
          .containsExactly(START.plusSeconds(10), START.plusSeconds(20), START.plusSeconds(30), START.plusSeconds(40),
              START.plusSeconds(50));
      assertThat(completed).allSatisfy(run -> assertThat(run.remarks()).contains("success criteria"));
    }
  }

  @Test
  void zeroPaceCompletesEveryRunAtOnce() {
    try (SigmaMindSandbox sandbox = sandbox(SandboxClock.fixed(START), Duration.ZERO)) {
      Api api = new Api(sandbox.baseUrl(), "key-lifecycle");
      TestCase testCase = api.createTestCase("A customer.", "Agent helps.", 4);

      BatchRun batch = api.batch(api.startBatch(testCase.testCaseId()).batchId());

      assertThat(judged(batch)).isEqualTo(batch.totalAttempts()).isEqualTo(4);
    }
  }

  @Test
  void theSystemClockCanBeAdvancedToo() {
    SandboxClock clock = SandboxClock.system();
    try (SigmaMindSandbox sandbox = sandbox(clock, Duration.ofHours(1))) {
      Api api = new Api(sandbox.baseUrl(), "key-lifecycle");
      BatchRunCreated created = api.startBatch(api.createTestCase("A customer.", "Agent helps.", 2).testCaseId());
      assertThat(judged(api.batch(created.batchId()))).isZero();

      clock.advance(Duration.ofHours(2));

      assertThat(judged(api.batch(created.batchId()))).isEqualTo(2);
    }
  }
}
