package ai.sigmamind.suite.stats;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The 95 % interval for a case's drop in pass rate (baseline minus candidate), by Newcombe's
 * hybrid score method: it combines the two Wilson intervals, so it stays sensible at 0 % and
 * 100 % and at small counts, where the textbook Wald interval collapses to a point.
 * Newcombe, "Interval estimation for the difference between independent proportions", Statistics
 * in Medicine 17 (1998), method 10.
 */
final class DropInterval {
  /** Answers of {@link #attemptsToRuleOut}: the same few rates recur run after run, and each search costs milliseconds. */
  private static final Map<String, OptionalInt> RULE_OUT_CACHE = new ConcurrentHashMap<>();
  private static final int RULE_OUT_CACHE_LIMIT = 10_000;

  private DropInterval() {
  }

  static PassRate.Interval of(PassRate baseline, PassRate candidate) {
    PassRate.Interval before = baseline.interval();
    PassRate.Interval after = candidate.interval();
    return between(baseline.rate(), before, candidate.rate(), after);
  }

  private static PassRate.Interval between(double p0, PassRate.Interval before, double p1, PassRate.Interval after) {
    double drop = p0 - p1;
    double below = Math.sqrt(square(p0 - before.lower()) + square(after.upper() - p1));
    double above = Math.sqrt(square(before.upper() - p0) + square(p1 - after.lower()));
    return new PassRate.Interval(drop - below, drop + above);
  }

  /**
   * The attempts per batch (baseline and candidate alike) with which a case that did not change,
   * at the weakest of the baseline rates, shows an interval wholly below {@code minDrop} with at
   * least the chance {@code power}; empty beyond {@value AttemptPlanner#MAX_ATTEMPTS}. Found by
   * bisection, which keeps a comparison of many cases fast; the chance grows with n but for the
   * steps of discrete counts, so the answer is the smallest n or within a step of it.
   */
  static OptionalInt attemptsToRuleOut(double[] baselineRates, double minDrop, double power) {
    String key = Arrays.toString(baselineRates) + "/" + minDrop + "/" + power;
    OptionalInt known = RULE_OUT_CACHE.get(key);
    if (known != null) {
      return known;
    }
    OptionalInt attempts = search(baselineRates, minDrop, power);
    if (RULE_OUT_CACHE.size() < RULE_OUT_CACHE_LIMIT) {
      RULE_OUT_CACHE.put(key, attempts);
    }
    return attempts;
  }

  private static OptionalInt search(double[] baselineRates, double minDrop, double power) {
    return AttemptPlanner.bisect(n -> {
      for (double rate : baselineRates) {
        if (chanceOfRulingOut(n, rate, minDrop) < power) {
          return false;
        }
      }
      return true;
    }, 0);
  }

  /** The chance that n attempts before and after, both at pass probability p, rule out a drop of minDrop. */
  static double chanceOfRulingOut(int n, double p, double minDrop) {
    LogFactorials log = new LogFactorials(n);
    double[] pmf = new double[n + 1];
    PassRate.Interval[] intervals = new PassRate.Interval[n + 1];
    for (int k = 0; k <= n; k++) {
      pmf[k] = log.binomial(n, k, p);
      intervals[k] = PassRate.of(k, n).interval();
    }
    // Counts whose probability is below 1e-15 change the sum by less than 1e-12 in all; skipping
    // them turns n² interval checks into a few hundred.
    int[] likely = IntStream.rangeClosed(0, n).filter(k -> pmf[k] > 1e-15).toArray();
    double chance = 0;
    for (int before : likely) {
      for (int after : likely) {
        double upper = between((double) before / n, intervals[before], (double) after / n, intervals[after]).upper();
        if (upper < minDrop) {
          chance += pmf[before] * pmf[after];
        }
      }
    }
    return chance;
  }

  private static double square(double x) {
    return x * x;
  }
}
