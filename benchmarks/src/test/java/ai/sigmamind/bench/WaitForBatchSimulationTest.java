package ai.sigmamind.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.bench.WaitForBatchSimulation.Shape;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Smoke test: the simulation drives the real waiter and its figures are consistent. */
class WaitForBatchSimulationTest {

  @Test
  void bothSdkSchedulesReturnAfterCompletionWithNoMorePollsThanOnceASecond() {
    for (Duration completesAfter : WaitForBatchSimulation.COMPLETION_TIMES) {
      for (Shape shape : Shape.values()) {
        for (boolean adaptive : new boolean[] {true, false}) {
          WaitForBatchSimulation.Outcome outcome = WaitForBatchSimulation.simulateSdk(completesAfter, shape, adaptive);
          assertThat(outcome.lag()).isBetween(Duration.ZERO, Duration.ofSeconds(60));
          assertThat(outcome.requests()).isLessThanOrEqualTo(
              WaitForBatchSimulation.simulateFixedInterval(completesAfter, Duration.ofSeconds(1)).requests());
        }
      }
    }
  }

  @Test
  void theSimulatedBatchJudgesItsRunsAtItsShapesPace() {
    Duration tenMinutes = Duration.ofMinutes(10);
    assertThat(Shape.STEADY.done(Duration.ofMinutes(5), tenMinutes)).isEqualTo(10);
    assertThat(Shape.STALLS.done(Duration.ofMinutes(5), tenMinutes)).isEqualTo(10);
    assertThat(Shape.SPEEDS_UP.done(Duration.ofMinutes(5), tenMinutes)).isEqualTo(6);
    assertThat(Shape.SLOWS_DOWN.done(Duration.ofMinutes(5), tenMinutes)).isEqualTo(13);
    for (Shape shape : Shape.values()) {
      assertThat(shape.done(tenMinutes.minusMillis(1), tenMinutes)).isLessThan(WaitForBatchSimulation.TOTAL_RUNS);
      assertThat(shape.done(tenMinutes, tenMinutes)).isEqualTo(WaitForBatchSimulation.TOTAL_RUNS);
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
