package ai.sigmamind.sdk;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link BatchRuns#waitForCompletion(String, WaitOptions)} polls: the overall timeout, the
 * first and the longest interval of the fixed schedule (the interval grows 1.5 times per poll),
 * whether to plan polls from the batch's pace, and a progress callback called on the first poll
 * and whenever the counters change.
 *
 * <p>Adaptive (the default): once runs are being judged, the batch's pace predicts its
 * completion; far from it the wait is 0.4 of the time left, up to 2 min (so it may exceed {@code
 * maxInterval}), near it 0.75 of the time left. While the pace is unknown, or the batch is
 * late against its prediction (it stalled or slowed down), the fixed schedule applies: 1 s,
 * growing 1.5 times per poll, capped at {@code maxInterval}.
 *
 * <pre>{@code
 * WaitOptions options = WaitOptions.builder()
 *     .timeout(Duration.ofMinutes(20))
 *     .onProgress(p -> log.info("{}/{} runs judged", p.done(), p.total()))
 *     .build();
 * BatchRun done = agent.batchRuns().waitForCompletion(batchId, options);
 * }</pre>
 *
 * @param timeout how long to wait in all before giving up with {@link BatchWaitTimeoutException};
 *     positive
 * @param initialInterval the wait before the second poll, the first interval of the fixed
 *     schedule; positive
 * @param maxInterval the longest wait of the fixed schedule (adaptive waits may be longer, see
 *     above); at least {@code initialInterval}
 * @param adaptive whether polls are planned from the batch's pace (see above); false for the fixed
 *     schedule only
 * @param onProgress called with each new progress; {@link Builder#onProgress} says when and on
 *     which thread
 */
public record WaitOptions(
    Duration timeout, Duration initialInterval, Duration maxInterval, boolean adaptive,
    Consumer<BatchProgress> onProgress) {
  static final double INTERVAL_GROWTH = 1.5;

  /**
   * Checks the options; {@link #builder()} starts from the defaults instead.
   *
   * @param timeout the overall timeout, positive
   * @param initialInterval the first interval of the fixed schedule, positive
   * @param maxInterval the cap of the fixed schedule, at least {@code initialInterval}
   * @param adaptive true to plan polls from the pace
   * @param onProgress the progress callback
   * @throws IllegalStateException if a duration is not positive or the initial interval exceeds
   *     the maximum
   */
  public WaitOptions {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(initialInterval, "initialInterval");
    Objects.requireNonNull(maxInterval, "maxInterval");
    Objects.requireNonNull(onProgress, "onProgress");
    if (!isPositive(timeout) || !isPositive(initialInterval) || !isPositive(maxInterval)) {
      throw new IllegalStateException("timeout, initialInterval and maxInterval must be positive: "
          + DurationText.format(timeout) + ", " + DurationText.format(initialInterval) + ", " + DurationText.format(maxInterval));
    }
    if (initialInterval.compareTo(maxInterval) > 0) {
      throw new IllegalStateException(
          "initialInterval " + DurationText.format(initialInterval) + " exceeds maxInterval " + DurationText.format(maxInterval));
    }
  }

  /**
   * Timeout 30 min, intervals from 1 s to 15 s, adaptive, no progress callback.
   *
   * @return the default options
   */
  public static WaitOptions defaults() {
    return builder().build();
  }

  /**
   * Starts from the defaults.
   *
   * @return a builder holding the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The durations and whether adaptive; not the callback.
   *
   * @return e.g. {@code WaitOptions{timeout=30m, initialInterval=1s, maxInterval=15s, adaptive=true}}
   */
  @Override
  public String toString() {
    return "WaitOptions{timeout=" + DurationText.format(timeout) + ", initialInterval="
        + DurationText.format(initialInterval) + ", maxInterval=" + DurationText.format(maxInterval) + ", adaptive=" + adaptive + "}";
  }

  private static boolean isPositive(Duration duration) {
    return !duration.isNegative() && !duration.isZero();
  }

  /**
   * Builds {@link WaitOptions}; {@link #build()} validates.
   *
   * <pre>{@code
   * WaitOptions.builder().timeout(Duration.ofMinutes(5)).maxInterval(Duration.ofSeconds(5)).build();
   * }</pre>
   */
  public static final class Builder {
    private Duration timeout = Duration.ofMinutes(30);
    private Duration initialInterval = Duration.ofSeconds(1);
    private Duration maxInterval = Duration.ofSeconds(15);
    private Consumer<BatchProgress> onProgress = progress -> { };
    private boolean adaptive = true;

    private Builder() {
    }

    /**
     * Overall time to wait. Default 30 min.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Wait before the second poll. Default 1 s.
     *
     * @param initialInterval positive, at most the {@link #maxInterval(Duration) maxInterval}
     * @return this builder
     */
    public Builder initialInterval(Duration initialInterval) {
      this.initialInterval = Objects.requireNonNull(initialInterval, "initialInterval");
      return this;
    }

    /**
     * Plan polls from the batch's pace (default), or keep to the fixed schedule: fewer polls
     * against a wait that never exceeds {@code maxInterval}.
     *
     * @param adaptive true to plan from the pace, false for the fixed schedule only
     * @return this builder
     */
    public Builder adaptive(boolean adaptive) {
      this.adaptive = adaptive;
      return this;
    }

    /**
     * Longest wait of the fixed schedule. Default 15 s.
     *
     * @param maxInterval positive, at least the {@link #initialInterval(Duration) initialInterval}
     * @return this builder
     */
    public Builder maxInterval(Duration maxInterval) {
      this.maxInterval = Objects.requireNonNull(maxInterval, "maxInterval");
      return this;
    }

    /**
     * Called on the first poll and whenever the counters change, on the thread that completed
     * the poll; an exception it throws ends the wait with that exception.
     *
     * @param onProgress receives the batch's counters; must be quick
     * @return this builder
     */
    public Builder onProgress(Consumer<BatchProgress> onProgress) {
      this.onProgress = Objects.requireNonNull(onProgress, "onProgress");
      return this;
    }

    /**
     * Validates the settings.
     *
     * @return the immutable options
     * @throws IllegalStateException if a duration is not positive or the initial interval
     *     exceeds the maximum
     */
    public WaitOptions build() {
      return new WaitOptions(timeout, initialInterval, maxInterval, adaptive, onProgress);
    }
  }
}
