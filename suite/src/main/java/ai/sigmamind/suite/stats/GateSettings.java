package ai.sigmamind.suite.stats;

import java.util.OptionalDouble;

/**
 * How strict the gate is.
 *
 * <pre>{@code
 * GateSettings settings = GateSettings.defaults().withMinDrop(0.2).withMinPassRate(0.7);
 * }</pre>
 *
 * @param alpha the accepted chance of failing the build when no case changed, across all cases
 *     together; default {@value #DEFAULT_ALPHA}
 * @param minDrop the smallest drop in a case's pass rate that counts as a regression, however
 *     significant a smaller one is; default {@value #DEFAULT_MIN_DROP}
 * @param power the chance the planner aims at: of catching the drop it plans for, and (for the
 *     attempts an {@link CaseVerdict#INSUFFICIENT_EVIDENCE} case needs) of showing an unchanged
 *     case as unchanged; default {@value #DEFAULT_POWER}
 * @param minPassRate the absolute floor for the candidate's overall pass rate, if any
 */
public record GateSettings(double alpha, double minDrop, double power, OptionalDouble minPassRate) {
  /** The default α. */
  public static final double DEFAULT_ALPHA = 0.05;
  /** The default minimum drop. */
  public static final double DEFAULT_MIN_DROP = 0.15;
  /** The default power. */
  public static final double DEFAULT_POWER = 0.8;

  /**
   * Checks the values.
   *
   * @param alpha see {@link #alpha()}
   * @param minDrop see {@link #minDrop()}
   * @param power see {@link #power()}
   * @param minPassRate see {@link #minPassRate()}
   * @throws IllegalArgumentException if alpha or power is not strictly between 0 and 1, minDrop is
   *     not in (0, 1], or minPassRate is not in [0, 1]
   */
  public GateSettings {
    requireOpenUnit("alpha", alpha);
    requireOpenUnit("power", power);
    if (!(minDrop > 0 && minDrop <= 1)) {
      throw new IllegalArgumentException("minDrop must be a fraction in (0, 1], found " + minDrop);
    }
    if (minPassRate.isPresent() && !(minPassRate.getAsDouble() >= 0 && minPassRate.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("minPassRate must be a fraction from 0 to 1, found " + minPassRate.getAsDouble());
    }
  }

  /**
   * α 0.05, minimum drop 0.15, power 0.8, no absolute floor.
   *
   * @return the default settings
   */
  public static GateSettings defaults() {
    return new GateSettings(DEFAULT_ALPHA, DEFAULT_MIN_DROP, DEFAULT_POWER, OptionalDouble.empty());
  }

  /**
   * These settings with another α.
   *
   * @param alpha strictly between 0 and 1
   * @return a copy with {@code alpha}
   */
  public GateSettings withAlpha(double alpha) {
    return new GateSettings(alpha, minDrop, power, minPassRate);
  }

  /**
   * These settings with another minimum drop.
   *
   * @param minDrop a fraction in (0, 1]
   * @return a copy with {@code minDrop}
   */
  public GateSettings withMinDrop(double minDrop) {
    return new GateSettings(alpha, minDrop, power, minPassRate);
  }

  /**
   * These settings with another power.
   *
   * @param power strictly between 0 and 1
   * @return a copy with {@code power}
   */
  public GateSettings withPower(double power) {
    return new GateSettings(alpha, minDrop, power, minPassRate);
  }

  /**
   * These settings with an absolute floor for the overall pass rate as well.
   *
   * @param minPassRate the floor, a fraction from 0 to 1
   * @return a copy with the floor
   */
  public GateSettings withMinPassRate(double minPassRate) {
    return new GateSettings(alpha, minDrop, power, OptionalDouble.of(minPassRate));
  }

  private static void requireOpenUnit(String name, double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must be strictly between 0 and 1, found " + value);
    }
  }
}
