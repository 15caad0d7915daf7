package ai.sigmamind.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's notion of "now": a base clock plus an offset that only moves forward. Test runs
 * complete when this clock passes their completion time, so a test advances it instead of
 * sleeping.
 *
 * <pre>{@code
 * SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
 * SigmaMindSandbox sandbox = SigmaMindSandbox.builder().clock(clock).build().start();
 * // ... start a batch ...
 * clock.advance(Duration.ofMinutes(1)); // every run of the batch is now complete
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class SandboxClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset;

  private SandboxClock(Clock base, AtomicReference<Duration> offset) {
    this.base = base;
    this.offset = offset;
  }

  /**
   * Follows the system clock (UTC); {@link #advance} jumps ahead of it. The default.
   *
   * @return a new clock with no offset, independent of any other
   */
  public static SandboxClock system() {
    return following(Clock.systemUTC());
  }

  /**
   * Stands still at {@code start} until {@link #advance advanced}: fully deterministic.
   *
   * @param start the instant the clock shows until first advanced
   * @return a new clock in UTC
   */
  public static SandboxClock fixed(Instant start) {
    return following(Clock.fixed(Objects.requireNonNull(start, "start"), ZoneOffset.UTC));
  }

  /**
   * Follows {@code base}; {@link #advance} jumps ahead of it.
   *
   * @param base the clock to follow, whose zone this clock takes
   * @return a new clock with no offset from {@code base}
   */
  public static SandboxClock following(Clock base) {
    return new SandboxClock(Objects.requireNonNull(base, "base"), new AtomicReference<>(Duration.ZERO));
  }

  /**
   * Moves this clock forward, and every {@link #withZone} view of it.
   *
   * @param amount how far to jump; zero is allowed and changes nothing
   * @throws IllegalArgumentException if {@code amount} is negative: sandbox time never runs back,
   *     so a completed run stays completed
   */
  public void advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("Cannot move the sandbox clock back: " + amount);
    }
    offset.accumulateAndGet(amount, Duration::plus);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  /** A view in another zone that shares this clock's offset, so advancing either moves both. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new SandboxClock(base.withZone(zone), offset);
  }

  @Override
  public String toString() {
    return "SandboxClock[" + instant() + "]";
  }
}
