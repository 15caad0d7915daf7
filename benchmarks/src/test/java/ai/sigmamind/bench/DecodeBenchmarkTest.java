package ai.sigmamind.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.TestRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Smoke test: every decoder the benchmark compares reads the seed to the same values. */
class DecodeBenchmarkTest {
  private final DecodeBenchmark benchmark = new DecodeBenchmark();

  @Test
  void everyDecoderReadsTheSameRun() {
    TestRun expected = benchmark.generatedAdapters();
    assertThat(expected.successful()).isTrue();
    for (TestRunBean bean : List.of(benchmark.moshiReflection(), benchmark.jacksonDatabind(), benchmark.gson())) {
      assertThat(bean.jobId).isEqualTo(expected.jobId());
      assertThat(bean.isSuccesful).isEqualTo(expected.successful());
      assertThat(bean.completedDate).isEqualTo(expected.completedDate());
      assertThat(bean.testCase.attempt).isEqualTo(expected.testCase().attempt());
      assertThat(bean.testCase.mockData).hasSize(expected.testCase().mockData().size());
      assertThat(bean.testCase.mockData.get(1).value).isEqualTo("active");
      assertThat(bean.agent.status).isEqualTo(expected.agent().status().value());
    }
  }
}
