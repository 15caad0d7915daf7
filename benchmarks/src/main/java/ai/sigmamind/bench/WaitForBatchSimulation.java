package ai.sigmamind.bench;

import ai.sigmamind.sdk.FakeTime;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.WaitOptions;
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
 * and how late it returns, on a simulated clock (so a 10-minute batch takes milliseconds). The
 * simulated batch judges its runs one by one at a pace its {@link Shape} sets, so the adaptive
 * wait has something to read. The virtual time is the SDK tests' {@code FakeTime}, given to the
 * client through its public {@code clock} and {@code sleeper} hooks. The baselines are the SDK's fixed schedule ({@code adaptive(false)},
 * the behaviour before adaptive waiting) and the fixed-interval loops users write by hand.
 *
 * <pre>{@code
 * WaitForBatchSimulation.main(new String[0]);   // prints the tables
 * }</pre>
 */
public final class WaitForBatchSimulation {
  /** Completion times simulated, 5 s to 10 min. */
  public static final List<Duration> COMPLETION_TIMES = List.of(
      Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
      Duration.ofMinutes(5), Duration.ofMinutes(10));

  static final int TOTAL_RUNS = 20;
  private static final Duration PHASE_SPREAD = Duration.ofSeconds(15);
  private static final Duration PHASE_STEP = Duration.ofMillis(250);

  /** When the batch judges its runs, as a fraction of its duration per half of the runs. */
  public enum Shape {
    /** Runs judged at an even pace. */
    STEADY(0.5),
    /** Half the runs in the first third, nothing in the second, the rest in the last third. */
    STALLS(-1),
    /** Half the runs take 3/4 of the time, the other half 1/4. */
    SPEEDS_UP(0.75),
    /** Half the runs take 1/4 of the time, the other half 3/4. */
    SLOWS_DOWN(0.25);

    /** The fraction of the duration by which half the runs are judged; -1 for the stall. */
    private final double halfAt;

    Shape(double halfAt) {
      this.halfAt = halfAt;
    }

    /** Runs judged {@code elapsed} into a batch that completes after {@code duration}. */
    long done(Duration elapsed, Duration duration) {
      double t = Math.min(1.0, (double) elapsed.toMillis() / duration.toMillis());
      int half = TOTAL_RUNS / 2;
      if (this == STALLS) {
        if (t < 1.0 / 3) {
          return (long) Math.floor(half * t * 3);
        }
        return t < 2.0 / 3 ? half : half + (long) Math.floor(half * (t - 2.0 / 3) * 3);
      }
      if (t < halfAt) {
        return (long) Math.floor(half * t / halfAt);
      }
      return Math.min(TOTAL_RUNS, half + (long) Math.floor(half * (t - halfAt) / (1 - halfAt)));
    }
  }

  private WaitForBatchSimulation() {
  }

  /** One simulated wait: the requests it made and how long after completion it returned. */
  public record Outcome(Duration completesAfter, int requests, Duration lag) {
  }

  public static void main(String[] args) {
    print(System.out);
  }

  /**
   * Prints, per batch shape and completion time T, the mean polls and the mean and worst lag over
   * completion times spread across the 15 s after T (a batch does not finish in step with anyone's
   * polls): for the SDK's adaptive default, its fixed schedule, and, for the steady batch, fixed 1 s
   * and 5 s polling.
   */
  public static void print(PrintStream out) {
    out.println("| batch completes after | SDK adaptive polls | lag mean / max | SDK fixed schedule polls | lag mean / max"
        + " | fixed 1 s polls | lag mean / max | fixed 5 s polls | lag mean / max |");
    out.println("|---|---|---|---|---|---|---|---|---|");
    for (Duration completesAfter : COMPLETION_TIMES) {
      out.printf("| %s | %s | %s | %s | %s |%n", human(completesAfter),
          summary(completesAfter, at -> simulateSdk(at, Shape.STEADY, true)),
          summary(completesAfter, at -> simulateSdk(at, Shape.STEADY, false)),
          summary(completesAfter, at -> simulateFixedInterval(at, Duration.ofSeconds(1))),
          summary(completesAfter, at -> simulateFixedInterval(at, Duration.ofSeconds(5))));
    }
    out.println();
    out.println("| batch shape | completes after | SDK adaptive polls | lag mean / max | SDK fixed schedule polls | lag mean / max |");
    out.println("|---|---|---|---|---|---|");
    for (Shape shape : List.of(Shape.STALLS, Shape.SPEEDS_UP, Shape.SLOWS_DOWN)) {
      for (Duration completesAfter : List.of(Duration.ofMinutes(2), Duration.ofMinutes(10))) {
        out.printf("| %s | %s | %s | %s |%n", shape.name().toLowerCase().replace('_', ' '), human(completesAfter),
            summary(completesAfter, at -> simulateSdk(at, shape, true)),
            summary(completesAfter, at -> simulateSdk(at, shape, false)));
      }
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

  /** The SDK's {@code waitForCompletion}, default options but {@code adaptive}, against a simulated batch. */
  public static Outcome simulateSdk(Duration completesAfter, Shape shape, boolean adaptive) {
    FakeTime time = new FakeTime();
    Instant completion = FakeTime.START.plus(completesAfter);
    AtomicInteger requests = new AtomicInteger();
    Interceptor batchServer = chain -> {
      requests.incrementAndGet();
      Duration elapsed = Duration.between(FakeTime.START, time.instant());
      return batchResponse(chain, shape.done(elapsed, completesAfter));
    };
    try (SigmaMindClient client = SigmaMindClient.builder()
        .apiKey("simulation-key")
        .baseUrl("http://127.0.0.1:9/")
        .addInterceptor(batchServer)
        .clock(time)
        .sleeper(time)
        .build()) {
      client.agent("mJzLaPEo425lieb9").batchRuns().waitForCompletion("batch_sim",
          WaitOptions.builder().timeout(Duration.ofHours(1)).adaptive(adaptive).build());
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

  private static Response batchResponse(Interceptor.Chain chain, long done) {
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
