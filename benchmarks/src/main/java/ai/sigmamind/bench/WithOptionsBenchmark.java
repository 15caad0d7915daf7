package ai.sigmamind.bench;

import ai.sigmamind.sdk.RequestOptions;
import ai.sigmamind.sdk.models.TestRun;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 7: what overriding settings for one call costs. Baseline: the plain call through a
 * client built once. Against it: deriving a client with {@code withOptions(...)} for each call,
 * and passing {@link RequestOptions} to the call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WithOptionsBenchmark {
  private static final RequestOptions ONE_CALL = RequestOptions.builder()
      .maxRetries(0).overallTimeout(Duration.ofSeconds(20)).build();

  private SeedApi api;

  @Setup(Level.Trial)
  public void start() {
    api = SeedApi.start(FixedPayloadServer.PAGE_SIZE);
  }

  @TearDown(Level.Trial)
  public void stop() {
    api.close();
  }

  @Benchmark
  public TestRun plainCall() {
    return api.client().agent(Seed.AGENT_ID).testRuns(Seed.BATCH_ID).get(Seed.JOB_ID);
  }

  @Benchmark
  public TestRun withOptionsCall() {
    return api.client().withOptions(b -> b.maxRetries(0).overallTimeout(Duration.ofSeconds(20)))
        .agent(Seed.AGENT_ID).testRuns(Seed.BATCH_ID).get(Seed.JOB_ID);
  }

  @Benchmark
  public TestRun requestOptionsCall() {
    return api.client().agent(Seed.AGENT_ID).testRuns(Seed.BATCH_ID).get(Seed.JOB_ID, ONE_CALL);
  }
}
