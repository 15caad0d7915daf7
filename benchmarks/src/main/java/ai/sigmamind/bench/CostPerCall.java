package ai.sigmamind.bench;

import ai.sigmamind.sdk.RequestOptions;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.TestRuns;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one {@code GET /v1/test-runs/{jobId}} costs the calling thread, through the SDK (plain, with a
 * client derived per call, with per-call options) and through OkHttp + Moshi by hand: bytes
 * allocated and CPU time. {@code -Dbench.contenders=plain} measures only the first two, which is
 * what an SDK of before per-call options can run. A blocking OkHttp call runs its
 * interceptors, writes the request and reads and decodes the response on the calling thread, so
 * the per-thread counters see the client's whole cost and none of the in-process server's (which
 * JMH's {@code -prof gc} counts too). CPU time, unlike throughput, barely moves when other
 * processes load the machine. Rounds alternate between the two after two warm-up rounds; the
 * lowest round of each is reported.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl benchmarks exec:exec -Dbench.main=ai.sigmamind.bench.CostPerCall -Dbench.args=
 * }</pre>
 */
public final class CostPerCall {
  private static final int CALLS_PER_ROUND = 20_000;
  private static final int ROUNDS = 7;

  private CostPerCall() {
  }

  /** Bytes and CPU nanoseconds per call on the calling thread. */
  private record Cost(long bytes, long cpuNanos) {
    Cost min(Cost other) {
      return new Cost(Math.min(bytes, other.bytes), Math.min(cpuNanos, other.cpuNanos));
    }
  }

  public static void main(String[] args) {
    RequestOptions oneCall = RequestOptions.builder().maxRetries(0).overallTimeout(Duration.ofSeconds(20)).build();
    try (SeedApi api = SeedApi.start(FixedPayloadServer.PAGE_SIZE);
        OkHttpMoshiClient byHand = new OkHttpMoshiClient(api.baseUrl())) {
      SigmaMindClient client = api.client();
      TestRuns testRuns = api.testRuns();
      Map<String, Supplier<Object>> contenders = new LinkedHashMap<>();
      contenders.put("OkHttp + Moshi by hand (**baseline**)", byHand::getTestRun);
      contenders.put("**SDK** `testRuns.get(job)`", () -> testRuns.get(Seed.JOB_ID));
      if (!"plain".equals(System.getProperty("bench.contenders"))) {
        contenders.put("SDK, `client.withOptions(b -> b.maxRetries(0).overallTimeout(20 s))` per call",
            () -> client.withOptions(b -> b.maxRetries(0).overallTimeout(Duration.ofSeconds(20)))
                .agent(Seed.AGENT_ID).testRuns(Seed.BATCH_ID).get(Seed.JOB_ID));
        contenders.put("SDK, `get(job, RequestOptions)` with the same settings", () -> testRuns.get(Seed.JOB_ID, oneCall));
      }
      Map<String, Cost> best = new LinkedHashMap<>();
      for (int round = -2; round < ROUNDS; round++) { // Two warm-up rounds.
        for (Map.Entry<String, Supplier<Object>> contender : contenders.entrySet()) {
          Cost cost = perCall(contender.getValue());
          if (round >= 0) {
            best.merge(contender.getKey(), cost, Cost::min);
          }
        }
      }
      Cost baseline = best.values().iterator().next();
      System.out.println("| client | allocated per call | ratio | CPU per call | ratio |");
      System.out.println("|---|---|---|---|---|");
      best.forEach((name, cost) -> System.out.printf("| %s | %.1f kB | %.2f | %.1f µs | %.2f |%n", name,
          cost.bytes / 1000.0, (double) cost.bytes / baseline.bytes,
          cost.cpuNanos / 1000.0, (double) cost.cpuNanos / baseline.cpuNanos));
    }
  }

  private static Cost perCall(Supplier<Object> call) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long bytesBefore = threads.getThreadAllocatedBytes(id);
    long cpuBefore = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < CALLS_PER_ROUND; i++) {
      if (call.get() == null) {
        throw new AssertionError("no value");
      }
    }
    return new Cost((threads.getThreadAllocatedBytes(id) - bytesBefore) / CALLS_PER_ROUND,
        (threads.getCurrentThreadCpuTime() - cpuBefore) / CALLS_PER_ROUND);
  }
}
