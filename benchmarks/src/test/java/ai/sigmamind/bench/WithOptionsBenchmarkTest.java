package ai.sigmamind.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Smoke test: the three ways of calling the benchmark compares fetch the same seed run. */
class WithOptionsBenchmarkTest {
  private final WithOptionsBenchmark benchmark = new WithOptionsBenchmark();

  @BeforeEach
  void start() {
    benchmark.start();
  }

  @AfterEach
  void stop() {
    benchmark.stop();
  }

  @Test
  void everyWayFetchesTheSeedRun() {
    assertThat(benchmark.plainCall().jobId()).isEqualTo(Seed.JOB_ID);
    assertThat(benchmark.withOptionsCall()).isEqualTo(benchmark.plainCall());
    assertThat(benchmark.requestOptionsCall()).isEqualTo(benchmark.plainCall());
  }
}
