package ai.sigmamind.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Smoke test: the simulation drives the real waiter and its figures are consistent. */
class WaitForBatchSimulationTest {

  @Test
  void theSdkReturnsAfterCompletionWithinOneMaximumInterval() {
    for (Duration completesAfter : WaitForBatchSimulation.COMPLETION_TIMES) {
      WaitForBatchSimulation.Outcome outcome = WaitForBatchSimulation.simulateSdk(completesAfter);
      assertThat(outcome.lag()).isBetween(Duration.ZERO, WaitOptions.builder().build().maxInterval());
      assertThat(outcome.requests()).isLessThan(
          WaitForBatchSimulation.simulateFixedInterval(completesAfter, Duration.ofSeconds(1)).requests());
    }
  }

  @Test
  void fixedIntervalPollingIsCountedFromTheFirstPoll() {
    WaitForBatchSimulation.Outcome outcome =
        WaitForBatchSimulation.simulateFixedInterval(Duration.ofSeconds(12), Duration.ofSeconds(5));
    assertThat(outcome.requests()).isEqualTo(4);
    assertThat(outcome.lag()).isEqualTo(Duration.ofSeconds(3));
  }
}
