package ai.sigmamind.bench;

import ai.sigmamind.sdk.TestRuns;
import ai.sigmamind.sdk.models.TestRun;
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
 * Benchmark 1: {@code GET /v1/test-runs/{jobId}} against a loopback server serving the seed.
 * Baseline: OkHttp + Moshi by hand, the floor for this stack. Run with {@code -t 1} and
 * {@code -t 16} for the single- and multi-threaded figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GetTestRunBenchmark {
  private SeedApi api;
  private TestRuns testRuns;
  private OkHttpMoshiClient okHttpMoshi;
  private StockGeneratedClient stockGenerated;
  private JdkHttpJacksonClient jdkHttpJackson;

  @Setup(Level.Trial)
  public void start() {
    api = SeedApi.start(FixedPayloadServer.PAGE_SIZE);
    testRuns = api.testRuns();
    okHttpMoshi = new OkHttpMoshiClient(api.baseUrl());
    stockGenerated = new StockGeneratedClient(api.baseUrl());
    jdkHttpJackson = new JdkHttpJacksonClient(api.baseUrl());
  }

  @TearDown(Level.Trial)
  public void stop() {
    okHttpMoshi.close();
    stockGenerated.close();
    api.close();
  }

  @Benchmark
  public TestRun sdk() {
    return testRuns.get(Seed.JOB_ID);
  }

  @Benchmark
  public TestRun okHttpMoshi() {
    return okHttpMoshi.getTestRun();
  }

  @Benchmark
  public ai.sigmamind.bench.stock.model.TestRun stockGenerated() {
    return stockGenerated.getTestRun();
  }

  @Benchmark
  public TestRunBean jdkHttpJackson() {
    return jdkHttpJackson.getTestRun();
  }
}
