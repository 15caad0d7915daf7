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
final class FakeTime extends Clock implements Sleeper {
  static final Instant START = Instant.parse("2026-04-17T08:00:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(START);
  /** Blocking sleeps, i.e. waits between retry attempts. */
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  /** Non-blocking delays, i.e. waits between polls of a batch. */
  final List<Duration> delays = new CopyOnWriteArrayList<>();

  void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    delays.add(duration);
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
