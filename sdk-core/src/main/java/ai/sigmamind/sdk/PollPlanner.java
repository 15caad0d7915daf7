package ai.sigmamind.sdk;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Plans the wait before the next poll of a batch from what the polls so far showed.
 *
 * <p>While the batch's pace is unknown (no run judged since the first poll) or the batch is past
 * the completion predicted for it (stalled, or slower than it was), the wait grows from {@code
 * initialInterval} 1.5 times per poll up to {@code maxInterval}: the fixed schedule. Once runs are
 * being judged, the pace (runs per second, the faster of the whole wait's and the latest
 * stretch's, so a speed-up is caught at once) predicts when the last run will be judged: far
 * from it, the wait is {@value #FAR_SHARE} of the time left (at most 2 min), so the prediction is
 * re-checked as it sharpens; within {@code 2 * maxInterval} of it, {@value #NEAR_SHARE} of the time
 * left. The shares were tuned on the benchmarks' wait simulation (steady, stalling, speeding-up and
 * slowing-down batches).
 */
final class PollPlanner {
  /**
   * Far from the predicted completion, the share of the time left to wait. Below 1/2, a batch
   * that suddenly runs twice as fast is still caught on time.
   */
  static final double FAR_SHARE = 0.4;
  /** Near it, the share to wait: a little early, as the prediction tends to run late. */
  static final double NEAR_SHARE = 0.75;
  /** The longest adaptive wait, whatever the prediction: bounds the cost of a sudden speed-up. */
  static final Duration MAX_ADAPTIVE_WAIT = Duration.ofMinutes(2);

  private final WaitOptions options;
  private @Nullable Instant firstAt;
  private long firstDone;
  private @Nullable Instant lastChangeAt;
  private long lastDone;
  private @Nullable Instant previousChangeAt;
  private long previousDone;
  private Duration interval;

  PollPlanner(WaitOptions options) {
    this.options = options;
    this.interval = options.initialInterval();
  }

  /** The wait before the next poll, given what this poll showed at {@code now}. */
  Duration next(BatchProgress progress, Instant now) {
    Duration predicted = options.adaptive() ? remaining(progress, now) : null;
    if (predicted == null || predicted.isZero()) {
      Duration wait = interval;
      Duration grown = Duration.ofMillis((long) (interval.toMillis() * WaitOptions.INTERVAL_GROWTH));
      interval = grown.compareTo(options.maxInterval()) < 0 ? grown : options.maxInterval();
      return wait;
    }
    interval = options.initialInterval();
    boolean near = predicted.compareTo(options.maxInterval().multipliedBy(2)) <= 0;
    Duration wait = Duration.ofMillis((long) (predicted.toMillis() * (near ? NEAR_SHARE : FAR_SHARE)));
    if (wait.compareTo(MAX_ADAPTIVE_WAIT) > 0) {
      wait = MAX_ADAPTIVE_WAIT;
    }
    return wait.compareTo(options.initialInterval()) < 0 ? options.initialInterval() : wait;
  }

  /** Time left until the predicted completion (zero once past it), or null while the pace is unknown. */
  private @Nullable Duration remaining(BatchProgress progress, Instant now) {
    long done = progress.done();
    if (firstAt == null) {
      firstAt = now;
      firstDone = done;
      lastChangeAt = now;
      lastDone = done;
    } else if (done != lastDone) {
      previousChangeAt = lastChangeAt;
      previousDone = lastDone;
      lastChangeAt = now;
      lastDone = done;
    }
    if (progress.total() <= 0 || done <= firstDone) {
      return null;
    }
    double rate = perSecond(done - firstDone, firstAt, now);
    if (previousChangeAt != null && done > previousDone) {
      rate = Math.max(rate, perSecond(done - previousDone, previousChangeAt, now));
    }
    double secondsLeft = Math.max(0, progress.total() - done) / rate;
    Instant predicted = lastChangeAt.plusMillis((long) (secondsLeft * 1000));
    Duration left = Duration.between(now, predicted);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static double perSecond(long runs, Instant from, Instant to) {
    return runs / Math.max(0.001, Duration.between(from, to).toMillis() / 1000.0);
  }
}
