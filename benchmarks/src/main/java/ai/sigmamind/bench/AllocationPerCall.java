package ai.sigmamind.bench;

import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.TestRuns;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Bytes one {@code GET /v1/test-runs/{jobId}} allocates on the calling thread, through the SDK and
 * through OkHttp + Moshi by hand: the client's own cost, without the in-process server's (which
 * JMH's {@code -prof gc} counts too). A blocking OkHttp call runs its interceptors, writes the
 * request and reads the response on the calling thread, so the per-thread counter sees all of it.
 * Rounds alternate between the two, after a warm-up, and the lowest round of each is reported.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl benchmarks exec:exec -Dbench.main=ai.sigmamind.bench.AllocationPerCall -Dbench.args=
 * }</pre>
 */
public final class AllocationPerCall {
  private static final int CALLS_PER_ROUND = 20_000;
  private static final int ROUNDS = 5;

  private AllocationPerCall() {
  }

  public static void main(String[] args) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    try (FixedPayloadServer server = FixedPayloadServer.start(FixedPayloadServer.PAGE_SIZE);
        SigmaMindClient client = SigmaMindClient.builder().apiKey(Seed.API_KEY).baseUrl(server.baseUrl()).build();
        OkHttpMoshiClient byHand = new OkHttpMoshiClient(server.baseUrl())) {
      TestRuns testRuns = client.agent(Seed.AGENT_ID).testRuns(Seed.BATCH_ID);
      Supplier<Object> sdk = () -> testRuns.get(Seed.JOB_ID);
      Supplier<Object> hand = byHand::getTestRun;
      long sdkBest = Long.MAX_VALUE;
      long handBest = Long.MAX_VALUE;
      for (int round = -2; round < ROUNDS; round++) { // Two warm-up rounds.
        long sdkBytes = perCall(threads, sdk);
        long handBytes = perCall(threads, hand);
        if (round >= 0) {
          sdkBest = Math.min(sdkBest, sdkBytes);
          handBest = Math.min(handBest, handBytes);
        }
      }
      System.out.printf("| OkHttp + Moshi by hand | %.1f kB | 1.00 |%n", handBest / 1000.0);
      System.out.printf("| SDK | %.1f kB | %.2f |%n", sdkBest / 1000.0, (double) sdkBest / handBest);
    }
  }

  private static long perCall(com.sun.management.ThreadMXBean threads, Supplier<Object> call) {
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    for (int i = 0; i < CALLS_PER_ROUND; i++) {
      if (call.get() == null) {
        throw new AssertionError("no value");
      }
    }
    return (threads.getThreadAllocatedBytes(id) - before) / CALLS_PER_ROUND;
  }
}
