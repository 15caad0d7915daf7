package ai.sigmamind.sdk;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How the SDK lets time pass: blocking, between the retry attempts of a blocking call, and without
 * blocking, between the attempts of an async call and between polls of a batch. Tests inject a fake that records the durations and advances a fake clock.
 */
interface Sleeper {
  /** Blocks the calling thread for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /** A future that completes after {@code duration}; no thread waits meanwhile. */
  CompletableFuture<Void> delay(Duration duration);

  /** Real time: {@link Thread#sleep} and the client's scheduler. */
  static Sleeper system(ScheduledExecutorService scheduler) {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
      }

      @Override
      public CompletableFuture<Void> delay(Duration duration) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        var task = scheduler.schedule(() -> done.complete(null), duration.toNanos(), TimeUnit.NANOSECONDS);
        done.whenComplete((ignored, error) -> task.cancel(false));
        return done;
      }
    };
  }
}
