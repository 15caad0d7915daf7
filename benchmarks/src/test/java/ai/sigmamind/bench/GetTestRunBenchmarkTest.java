package ai.sigmamind.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.TestRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Smoke test: the four clients the benchmark compares all fetch the same seed run. */
class GetTestRunBenchmarkTest {
  private final GetTestRunBenchmark benchmark = new GetTestRunBenchmark();

  @BeforeEach
  void start() {
    benchmark.start();
  }

  @AfterEach
  void stop() {
    benchmark.stop();
  }

  @Test
  void everyClientFetchesTheSeedRun() {
    TestRun sdk = benchmark.sdk();
    assertThat(sdk.jobId()).isEqualTo(Seed.JOB_ID);
    assertThat(sdk.successful()).isTrue();
    assertThat(benchmark.okHttpMoshi()).isEqualTo(sdk);
    ai.sigmamind.bench.stock.model.TestRun stock = benchmark.stockGenerated();
    assertThat(stock.getJobId()).isEqualTo(sdk.jobId());
    assertThat(stock.getIsSuccesful()).isTrue();
    TestRunBean jdk = benchmark.jdkHttpJackson();
    assertThat(jdk.jobId).isEqualTo(sdk.jobId());
    assertThat(jdk.isSuccesful).isTrue();
  }
}
