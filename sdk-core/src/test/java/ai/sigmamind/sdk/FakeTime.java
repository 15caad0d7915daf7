package ai.sigmamind.sdk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when the code under test sleeps or delays, recording each wait. */
public final class FakeTime extends Clock implements Sleeper {
  public static final Instant START = Instant.parse("2026-04-17T08:00:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(START);
  /** Blocking sleeps, i.e. waits between retry attempts. */
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  /** Non-blocking delays, i.e. waits between polls of a batch. */
  final List<Duration> delays = new CopyOnWriteArrayList<>();

  /** While set, sleeps block and delays stay pending until {@link #release()}: time stands still. */
  private volatile boolean holding;
  private final List<CompletableFuture<Void>> held = new CopyOnWriteArrayList<>();
  private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
  private final java.util.concurrent.Semaphore waitsStarted = new java.util.concurrent.Semaphore(0);

  /** From now on, every wait holds (a blocking sleep blocks its thread) until {@link #release()}. */
  void hold() {
    holding = true;
  }

  /** Blocks until {@code count} waits have started while holding; false after 10 s. */
  boolean awaitHeldWaits(int count) throws InterruptedException {
    return waitsStarted.tryAcquire(count, 10, java.util.concurrent.TimeUnit.SECONDS);
  }

  /** Ends every held wait. */
  void release() {
    holding = false;
    released.countDown();
    held.forEach(delay -> delay.complete(null));
  }

  void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    sleeps.add(duration);
    if (holding) {
      waitsStarted.release();
      // Bounded, so a test that never releases fails here instead of hanging the build.
      if (!released.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
        throw new AssertionError("A held sleep was not released within 60 s");
      }
    }
    advance(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    delays.add(duration);
    if (holding) {
      CompletableFuture<Void> delay = new CompletableFuture<>();
      held.add(delay);
      waitsStarted.release();
      return delay;
    }
    advance(duration);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
