package ai.sigmamind.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.TestRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the two benchmarks that fetch the seed run: every client, and every way of
 * overriding settings, gets the same run.
 */
class SeedRunBenchmarksTest {
  private final GetTestRunBenchmark clients = new GetTestRunBenchmark();
  private final WithOptionsBenchmark overrides = new WithOptionsBenchmark();

  @BeforeEach
  void start() {
    clients.start();
    overrides.start();
  }

  @AfterEach
  void stop() {
    overrides.stop();
    clients.stop();
  }

  @Test
  void everyClientFetchesTheSeedRun() {
    TestRun sdk = clients.sdk();
    assertThat(sdk.jobId()).isEqualTo(Seed.JOB_ID);
    assertThat(sdk.successful()).isTrue();
    assertThat(clients.okHttpMoshi()).isEqualTo(sdk);
    ai.sigmamind.bench.stock.model.TestRun stock = clients.stockGenerated();
    assertThat(stock.getJobId()).isEqualTo(sdk.jobId());
    assertThat(stock.getIsSuccesful()).isTrue();
    TestRunBean jdk = clients.jdkHttpJackson();
    assertThat(jdk.jobId).isEqualTo(sdk.jobId());
    assertThat(jdk.isSuccesful).isTrue();
  }

  @Test
  void everyWayOfOverridingSettingsFetchesTheSeedRun() {
    TestRun plain = overrides.plainCall();
    assertThat(plain.jobId()).isEqualTo(Seed.JOB_ID);
    assertThat(overrides.withOptionsCall()).isEqualTo(plain);
    assertThat(overrides.requestOptionsCall()).isEqualTo(plain);
  }
}
