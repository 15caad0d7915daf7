package ai.sigmamind.suite;

import java.util.OptionalDouble;

/**
 * Passes when the overall pass rate (passed over judged runs) is at least the minimum.
 *
 * <pre>{@code
 * new PassRateGate(0.8).evaluate(result).message();   // "pass rate 81.3% meets the minimum of 80.0%"
 * }</pre>
 */
public final class PassRateGate implements Gate {
  private final double minPassRate;

  /**
   * A gate passing runs whose pass rate is at least {@code minPassRate}; a run with no judged run counts as
   *     0%.
   *
   * @param minPassRate from 0 to 1
   * @throws IllegalArgumentException if it is outside 0 to 1
   */
  public PassRateGate(double minPassRate) {
    if (!(minPassRate >= 0 && minPassRate <= 1)) {
      throw new IllegalArgumentException("minPassRate must be from 0 to 1, was " + minPassRate);
    }
    this.minPassRate = minPassRate;
  }

  @Override
  public GateVerdict evaluate(SuiteResult result) {
    OptionalDouble rate = result.passRate();
    String minimum = SuiteResult.percent(OptionalDouble.of(minPassRate));
    boolean passed = rate.orElse(0) >= minPassRate;
    return new GateVerdict("pass-rate", passed, "pass rate " + SuiteResult.percent(rate)
        + (passed ? " meets the minimum of " : " is below the minimum of ") + minimum);
  }

  @Override
  public String toString() {
    return "PassRateGate[" + minPassRate + "]";
  }
}
