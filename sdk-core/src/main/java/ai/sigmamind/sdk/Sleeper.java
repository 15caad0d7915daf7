package ai.sigmamind.sdk;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * How a client lets time pass: blocking, between the retry attempts of a blocking call, and without
 * blocking, between the attempts of an async call and between the polls of {@link
 * BatchRuns#waitForCompletion}. By default real time on the client's scheduler; a test installs its
 * own with {@link SigmaMindClient.Builder#sleeper} so that waits take no real time, usually with a
 * {@link SigmaMindClient.Builder#clock clock} that each wait advances:
 *
 * <pre>{@code
 * final class VirtualTime extends Clock implements Sleeper {
 *   private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
 *
 *   public Instant instant() { return now.get(); }
 *   public ZoneId getZone() { return ZoneOffset.UTC; }
 *   public Clock withZone(ZoneId zone) { return this; }
 *   public void sleep(Duration duration) { now.updateAndGet(t -> t.plus(duration)); }
 *   public CompletableFuture<Void> delay(Duration duration) {
 *     sleep(duration);
 *     return CompletableFuture.completedFuture(null);
 *   }
 * }
 *
 * VirtualTime time = new VirtualTime();
 * SigmaMindClient client = SigmaMindClient.builder().apiKey(key).baseUrl(stubUrl).clock(time).sleeper(time).build();
 * // waitForCompletion(...) now polls a 10-minute batch in milliseconds, its timeout counted in virtual time
 * }</pre>
 *
 * <p>Both methods may be called from several threads at once (the caller's, OkHttp's and the
 * client's scheduler), so an implementation must be thread-safe.
 */
public interface Sleeper {
  /**
   * Blocks the calling thread for {@code duration}.
   *
   * @param duration how long, positive
   * @throws InterruptedException if the thread is interrupted while it waits; the call then ends
   *     with {@link SigmaMindCancelledException}
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * A future that completes after {@code duration}, without holding a thread meanwhile.
   *
   * @param duration how long, positive
   * @return a future the client waits on; it may complete on any thread
   */
  CompletableFuture<Void> delay(Duration duration);
}
