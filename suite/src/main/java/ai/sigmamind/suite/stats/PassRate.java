package ai.sigmamind.suite.stats;

/**
 * How many of a test case's attempts passed, with the 95 % Wilson score interval for the pass
 * probability behind them.
 *
 * <pre>{@code
 * PassRate rate = PassRate.of(8, 10);
 * rate.rate();      // 0.8
 * rate.interval();  // [0.490, 0.943]
 * }</pre>
 *
 * @param passes attempts the judge passed, from 0 to {@code attempts}
 * @param attempts attempts judged, at least 0
 */
public record PassRate(int passes, int attempts) {
  /** The normal quantile for a two-sided 95 % interval. */
  private static final double Z_95 = 1.959963984540054;

  /**
   * Checks the counts.
   *
   * @param passes see {@link #passes()}
   * @param attempts see {@link #attempts()}
   * @throws IllegalArgumentException if {@code attempts} is negative or {@code passes} is outside
   *     0…{@code attempts}
   */
  public PassRate {
    if (attempts < 0 || passes < 0 || passes > attempts) {
      throw new IllegalArgumentException(
          "passes must be between 0 and attempts, found " + passes + " of " + attempts);
    }
  }

  /**
   * The pass rate for {@code passes} out of {@code attempts}.
   *
   * @param passes attempts the judge passed, from 0 to {@code attempts}
   * @param attempts attempts judged, at least 0
   * @return the pass rate
   */
  public static PassRate of(int passes, int attempts) {
    return new PassRate(passes, attempts);
  }

  /**
   * Passes over attempts, or 0 when nothing was judged.
   *
   * @return a fraction from 0 to 1
   */
  public double rate() {
    return attempts == 0 ? 0 : (double) passes / attempts;
  }

  /**
   * Some attempts passed and some failed: the judge disagreed with itself.
   *
   * @return true when there were passes and failures both
   */
  public boolean mixed() {
    return passes > 0 && passes < attempts;
  }

  /**
   * The 95 % Wilson score interval. Unlike the textbook "rate ± 1.96 standard errors" it stays
   * inside [0, 1] and keeps its coverage at small counts and at 0 % or 100 %, which is where an
   * agent's test cases usually sit; with no attempts it is the whole of [0, 1].
   *
   * @return the interval's bounds, fractions from 0 to 1
   */
  public Interval interval() {
    if (attempts == 0) {
      return new Interval(0, 1);
    }
    double n = attempts;
    double p = rate();
    double z2 = Z_95 * Z_95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double halfWidth = Z_95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return new Interval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
  }

  /** The sum of two counts, for pooling runs of one case. */
  PassRate plus(PassRate other) {
    return new PassRate(passes + other.passes, attempts + other.attempts);
  }

  @Override
  public String toString() {
    return passes + "/" + attempts;
  }

  /**
   * A 95 % confidence interval: for a pass probability, or for a drop in one.
   *
   * <pre>{@code
   * Interval interval = PassRate.of(8, 10).interval();
   * interval.lower();  // 0.490
   * }</pre>
   *
   * @param lower the lower bound
   * @param upper the upper bound, at least {@code lower}
   */
  public record Interval(double lower, double upper) {
  }
}
