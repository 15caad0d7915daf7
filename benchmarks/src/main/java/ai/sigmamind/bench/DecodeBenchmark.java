package ai.sigmamind.bench;

import ai.sigmamind.sdk.models.TestRun;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 2: decoding the seed's test run. Baseline: our generated streaming adapters; the
 * others are what a user would reach for without them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeBenchmark {
  private final byte[] seed = Payloads.seedTestRun();
  private final Decoders decoders = new Decoders();

  @Benchmark
  public TestRun generatedAdapters() {
    return decoders.generated(seed);
  }

  @Benchmark
  public TestRunBean moshiReflection() {
    return decoders.moshiReflection(seed);
  }

  @Benchmark
  public TestRunBean jacksonDatabind() {
    return decoders.jackson(seed);
  }

  @Benchmark
  public TestRunBean gson() {
    return decoders.gson(seed);
  }
}
