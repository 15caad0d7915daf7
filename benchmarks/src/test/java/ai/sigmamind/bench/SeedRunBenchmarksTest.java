package ai.sigmamind.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.TestRun;
import org.junit.jupiter.api.Test;

/**
 * Smoke tests: every way of fetching the seed run that a benchmark compares returns it, each
 * benchmark started and stopped as JMH does for a trial.
 */
class SeedRunBenchmarksTest {
  @Test
  void getTestRunBenchmarksFourClientsAllFetchTheSeedRun() {
    GetTestRunBenchmark benchmark = new GetTestRunBenchmark();
    benchmark.start();
    try {
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
    } finally {
      benchmark.stop();
    }
  }

  @Test
  void withOptionsBenchmarksThreeWaysAllFetchTheSeedRun() {
    WithOptionsBenchmark benchmark = new WithOptionsBenchmark();
    benchmark.start();
    try {
      assertThat(benchmark.plainCall().jobId()).isEqualTo(Seed.JOB_ID);
      assertThat(benchmark.withOptionsCall()).isEqualTo(benchmark.plainCall());
      assertThat(benchmark.requestOptionsCall()).isEqualTo(benchmark.plainCall());
    } finally {
      benchmark.stop();
    }
  }
}
