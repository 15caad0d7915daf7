package ai.sigmamind.sdk;

import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The share of judged runs that passed, printable as a person reads it: {@code 77.8%}, or {@code
 * n/a} while no run is judged. Reads like the {@link OptionalDouble} it wraps ({@code orElse},
 * {@code isPresent}, {@code getAsDouble}), the value from 0 to 1.
 *
 * <pre>{@code
 * System.out.println("pass rate " + report.passRate());   // pass rate 77.8%
 * if (report.passRate().orElse(0) < 0.9) {
 *   System.exit(1);
 * }
 * }</pre>
 */
public final class PassRate {
  private static final PassRate NONE_JUDGED = new PassRate(OptionalDouble.empty());

  private final OptionalDouble value;

  private PassRate(OptionalDouble value) {
    this.value = value;
  }

  /**
   * The pass rate of these counts.
   *
   * @param passed runs judged successful, at least 0
   * @param failed runs judged failed, at least 0
   * @return {@code passed / (passed + failed)}; empty when both are 0
   * @throws IllegalArgumentException if a count is negative
   */
  public static PassRate of(long passed, long failed) {
    if (passed < 0 || failed < 0) {
      throw new IllegalArgumentException("counts must not be negative: passed=" + passed + ", failed=" + failed);
    }
    long judged = passed + failed;
    return judged == 0 ? NONE_JUDGED : new PassRate(OptionalDouble.of((double) passed / judged));
  }

  /**
   * The rate as a number.
   *
   * @return from 0 to 1; empty when no run is judged
   */
  public OptionalDouble value() {
    return value;
  }

  /**
   * Whether any run is judged.
   *
   * @return true when there is a rate
   */
  public boolean isPresent() {
    return value.isPresent();
  }

  /**
   * Whether no run is judged yet.
   *
   * @return true when there is no rate
   */
  public boolean isEmpty() {
    return value.isEmpty();
  }

  /**
   * The rate.
   *
   * @return from 0 to 1
   * @throws NoSuchElementException when no run is judged
   */
  public double getAsDouble() {
    return value.getAsDouble();
  }

  /**
   * The rate, or a fallback.
   *
   * @param other what to answer when no run is judged
   * @return the rate from 0 to 1, or {@code other}
   */
  public double orElse(double other) {
    return value.orElse(other);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PassRate that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The rate as a person reads it.
   *
   * @return a percentage with one decimal, e.g. {@code 100.0%}; {@code n/a} when no run is judged
   */
  @Override
  public String toString() {
    return value.isPresent() ? String.format(Locale.ROOT, "%.1f%%", value.getAsDouble() * 100) : "n/a";
  }
}
