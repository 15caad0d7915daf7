package ai.sigmamind.bench;

import ai.sigmamind.sdk.TestRuns;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.sdk.models.TestRunPage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3: walking every run of a batch with the auto-pager (pages of 100). Each operation is
 * one full walk of {@link #runs} runs. The fork's heap is capped at 96 MB: 100,000 decoded runs
 * take well over that, so the walk only completes if pages are released as it goes. Baseline: the
 * same walk written by hand with OkHttp + Moshi.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx96m")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class PagingBenchmark {
  @Param("100000")
  public int runs;

  private SeedApi api;
  private TestRuns testRuns;
  private OkHttpMoshiClient byHand;

  @Setup(Level.Trial)
  public void start() {
    api = SeedApi.start(runs);
    testRuns = api.testRuns();
    byHand = new OkHttpMoshiClient(api.baseUrl());
  }

  @TearDown(Level.Trial)
  public void stop() {
    byHand.close();
    api.close();
  }

  /** The SDK's lazy auto-pager; returns how many runs passed, so nothing is optimised away. */
  @Benchmark
  public long sdkAutoPager() {
    long passed = 0;
    for (TestRun run : testRuns.listAll()) {
      if (Boolean.TRUE.equals(run.successful())) {
        passed++;
      }
    }
    return passed;
  }

  /** The loop a user would write without the SDK. */
  @Benchmark
  public long okHttpMoshiByHand() {
    long passed = 0;
    for (int page = 0; ; page++) {
      TestRunPage current = byHand.listTestRuns(page);
      for (TestRun run : current.data()) {
        if (Boolean.TRUE.equals(run.successful())) {
          passed++;
        }
      }
      if (!current.hasNext()) {
        return passed;
      }
    }
  }
}
