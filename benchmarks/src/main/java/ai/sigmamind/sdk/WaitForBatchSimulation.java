package ai.sigmamind.sdk;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Benchmark 4: how many polls {@code waitForCompletion} makes for a batch that completes after T,
 * and how late it returns, on a simulated clock (so a 10-minute batch takes milliseconds). It
 * lives in the SDK's package only to inject the clock and sleeper the SDK's own tests use. The
 * baselines are the fixed-interval loops users write by hand.
 *
 * <pre>{@code
 * WaitForBatchSimulation.main(new String[0]);   // prints the table
 * }</pre>
 */
public final class WaitForBatchSimulation {
  /** Completion times simulated, 5 s to 10 min. */
  public static final List<Duration> COMPLETION_TIMES = List.of(
      Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
      Duration.ofMinutes(5), Duration.ofMinutes(10));

  private static final int TOTAL_RUNS = 20;
  private static final Duration PHASE_SPREAD = Duration.ofSeconds(15);
  private static final Duration PHASE_STEP = Duration.ofMillis(250);

  private WaitForBatchSimulation() {
  }

  /** One simulated wait: the requests it made and how long after completion it returned. */
  public record Outcome(Duration completesAfter, int requests, Duration lag) {
  }

  public static void main(String[] args) {
    print(System.out);
  }

  /**
   * Prints, for every completion time T, the mean polls and the mean and worst lag over completion
   * times spread across the 15 s after T (a batch does not finish in step with anyone's polls), for
   * the SDK and for fixed 1 s and 5 s polling.
   */
  public static void print(PrintStream out) {
    out.println("| batch completes after | SDK polls | SDK lag mean / max | fixed 1 s polls | fixed 1 s lag mean / max"
        + " | fixed 5 s polls | fixed 5 s lag mean / max |");
    out.println("|---|---|---|---|---|---|---|");
    for (Duration completesAfter : COMPLETION_TIMES) {
      out.printf("| %s | %s | %s | %s |%n", human(completesAfter),
          summary(completesAfter, WaitForBatchSimulation::simulateSdk),
          summary(completesAfter, at -> simulateFixedInterval(at, Duration.ofSeconds(1))),
          summary(completesAfter, at -> simulateFixedInterval(at, Duration.ofSeconds(5))));
    }
  }

  private static String summary(Duration completesAfter, Function<Duration, Outcome> simulation) {
    int samples = (int) (PHASE_SPREAD.toMillis() / PHASE_STEP.toMillis());
    long requests = 0;
    long lagMillis = 0;
    long worstLagMillis = 0;
    for (int i = 0; i < samples; i++) {
      Outcome outcome = simulation.apply(completesAfter.plus(PHASE_STEP.multipliedBy(i)));
      requests += outcome.requests();
      lagMillis += outcome.lag().toMillis();
      worstLagMillis = Math.max(worstLagMillis, outcome.lag().toMillis());
    }
    return String.format("%.1f | %.1f s / %.1f s", (double) requests / samples,
        lagMillis / 1000.0 / samples, worstLagMillis / 1000.0);
  }

  /** The SDK's {@code waitForCompletion} with its default options against a simulated batch. */
  public static Outcome simulateSdk(Duration completesAfter) {
    FakeTime time = new FakeTime();
    Instant completion = FakeTime.START.plus(completesAfter);
    AtomicInteger requests = new AtomicInteger();
    Interceptor batchServer = chain -> {
      requests.incrementAndGet();
      return batchResponse(chain, !time.instant().isBefore(completion));
    };
    try (SigmaMindClient client = SigmaMindClient.builder()
        .apiKey("simulation-key")
        .baseUrl("http://127.0.0.1:9/")
        .addInterceptor(batchServer)
        .clock(time)
        .sleeper(time)
        .build()) {
      client.agent("mJzLaPEo425lieb9").batchRuns()
          .waitForCompletion("batch_sim", WaitOptions.builder().timeout(Duration.ofHours(1)).build());
    }
    return new Outcome(completesAfter, requests.get(), Duration.between(completion, time.instant()));
  }

  /** {@code while (!complete) { sleep(interval); poll(); }}, the loop users write by hand. */
  public static Outcome simulateFixedInterval(Duration completesAfter, Duration interval) {
    Duration now = Duration.ZERO;
    int requests = 1;
    while (now.compareTo(completesAfter) < 0) {
      now = now.plus(interval);
      requests++;
    }
    return new Outcome(completesAfter, requests, now.minus(completesAfter));
  }

  private static Response batchResponse(Interceptor.Chain chain, boolean complete) {
    int done = complete ? TOTAL_RUNS : TOTAL_RUNS / 2;
    String body = "{\"batchId\":\"batch_sim\",\"successfulAttempts\":" + done
        + ",\"failedAttempts\":0,\"totalAttempts\":" + TOTAL_RUNS + "}";
    return new Response.Builder()
        .request(chain.request())
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create(body, MediaType.get("application/json")))
        .build();
  }

  private static String human(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds >= 60 && seconds % 60 == 0) {
      return seconds / 60 + " min";
    }
    return seconds + " s";
  }

}
