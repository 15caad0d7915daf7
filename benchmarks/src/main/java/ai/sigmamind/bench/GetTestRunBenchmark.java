package ai.sigmamind.bench;

import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.TestRuns;
import ai.sigmamind.sdk.generated.model.TestRun;
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
  private FixedPayloadServer server;
  private BaselineClients baselines;
  private SigmaMindClient client;
  private TestRuns testRuns;

  @Setup(Level.Trial)
  public void start() {
    server = FixedPayloadServer.start(FixedPayloadServer.PAGE_SIZE);
    baselines = new BaselineClients(server.baseUrl());
    client = SigmaMindClient.builder().apiKey(BaselineClients.API_KEY).baseUrl(server.baseUrl()).build();
    testRuns = client.agent(BaselineClients.AGENT_ID).testRuns(BaselineClients.BATCH_ID);
  }

  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    baselines.close();
    server.close();
  }

  @Benchmark
  public TestRun sdk() {
    return testRuns.get(BaselineClients.JOB_ID);
  }

  @Benchmark
  public TestRun okHttpMoshi() {
    return baselines.okHttpMoshi();
  }

  @Benchmark
  public Object stockGenerated() {
    return baselines.stockGenerated();
  }

  @Benchmark
  public TestRunBean jdkHttpJackson() {
    return baselines.jdkHttpJackson();
  }
}
