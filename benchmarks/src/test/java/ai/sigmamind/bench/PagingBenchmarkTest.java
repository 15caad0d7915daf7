package ai.sigmamind.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Smoke test: both walks see every run of a smaller batch (every seed run passed). */
class PagingBenchmarkTest {
  private final PagingBenchmark benchmark = new PagingBenchmark();

  @BeforeEach
  void start() {
    benchmark.runs = 1_000;
    benchmark.start();
  }

  @AfterEach
  void stop() {
    benchmark.stop();
  }

  @Test
  void bothWalksCountEveryRun() {
    assertThat(benchmark.sdkAutoPager()).isEqualTo(1_000);
    assertThat(benchmark.okHttpMoshiByHand()).isEqualTo(1_000);
  }
}
