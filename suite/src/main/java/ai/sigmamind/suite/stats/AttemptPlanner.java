package ai.sigmamind.suite.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * How many attempts per test case the gate needs to catch a given drop: the smallest n such that,
 * with n attempts in the baseline and n in the candidate, a case whose pass probability really
 * falls by {@code detectDrop} is flagged with at least the settings' power, at the α each case gets
 * when all of them are tested together (α divided by the number of cases: Holm's strictest step,
 * which is what a single regressed case faces). The power is computed exactly for the gate's own
 * rule, not from a normal approximation.
 *
 * <pre>{@code
 * Plan plan = AttemptPlanner.forCases(List.of("Refund", "Cancel"), 0.3, GateSettings.defaults());
 * plan.totalRuns();  // attempts summed over the cases: what one batch costs
 * }</pre>
 */
public final class AttemptPlanner {
  /** The most attempts per case the planner considers. */
  public static final int MAX_ATTEMPTS = 1000;
  /** Up to here every n is tried; beyond it, doubling and bisection keep planning fast. */
  private static final int LINEAR_SEARCH_LIMIT = 200;
  /** Spacing, in percentage points, of the baseline pass rates tried when the planner must assume the worst one. */
  private static final int RATE_STEP_POINTS = 5;

  private AttemptPlanner() {
  }

  /**
   * A plan for cases with no baseline yet, so it holds whatever their pass rates turn out to be:
   * it assumes, for each case, the baseline rate at which the drop is hardest to see.
   *
   * @param labels the test cases' labels, in the order the plan lists them
   * @param detectDrop the fall in pass rate to catch, as a fraction (0.2 for 20 points)
   * @param settings the gate's α and the power to aim at
   * @return one entry per label, all alike
   * @throws IllegalArgumentException if there are no labels, or {@code detectDrop} is not in
   *     [{@code settings.minDrop()}, 1]
   */
  public static Plan forCases(List<String> labels, double detectDrop, GateSettings settings) {
    requireDrop(detectDrop, settings);
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one test case");
    }
    double alphaPerCase = settings.alpha() / labels.size();
    CaseEstimate worst = estimate(anyRate(detectDrop), detectDrop, alphaPerCase, settings);
    List<CasePlan> cases = new ArrayList<>();
    for (String label : labels) {
      cases.add(new CasePlan(label, worst.baselineRate, worst.attempts, worst.power));
    }
    return new Plan(cases, detectDrop, alphaPerCase, settings.power());
  }

  /**
   * A plan for the cases of a recorded baseline, each at its recorded pass rate (at the hardest
   * rate for a case recorded with no judged attempt).
   *
   * @param baseline the recorded baseline whose cases and rates to plan for
   * @param detectDrop the fall in pass rate to catch, as a fraction (0.2 for 20 points)
   * @param settings the gate's α and the power to aim at
   * @return one entry per baseline case, in baseline order
   * @throws IllegalArgumentException if the baseline has no cases, or {@code detectDrop} is not in
   *     [{@code settings.minDrop()}, 1]
   */
  public static Plan forBaseline(Baseline baseline, double detectDrop, GateSettings settings) {
    requireDrop(detectDrop, settings);
    if (baseline.cases().isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one test case");
    }
    double alphaPerCase = settings.alpha() / baseline.cases().size();
    List<CasePlan> cases = new ArrayList<>();
    for (BaselineCase baselineCase : baseline.cases()) {
      // A case recorded with no judged attempt has no known rate: plan for the hardest one.
      double[] rates = baselineCase.result().attempts() == 0
          ? anyRate(detectDrop)
          : new double[] {baselineCase.result().rate()};
      CaseEstimate estimate = estimate(rates, detectDrop, alphaPerCase, settings);
      cases.add(new CasePlan(baselineCase.label(), estimate.baselineRate, estimate.attempts, estimate.power));
    }
    return new Plan(cases, detectDrop, alphaPerCase, settings.power());
  }

  /** Baseline rates from 1 down to {@code drop} in steps of {@value #RATE_STEP_POINTS} points: "any rate the drop is possible from". */
  static double[] anyRate(double drop) {
    // Whole percentage points, so the rates print as 0.65 and not as 0.6499999999999997.
    return IntStream.iterate(100, percent -> percent >= drop * 100 - 1e-6, percent -> percent - RATE_STEP_POINTS)
        .mapToDouble(percent -> percent / 100.0).toArray();
  }

  /**
   * For the weakest of the baseline rates: the attempts, in baseline and candidate alike, that give
   * the settings' power against a drop of {@code drop} (empty if no rate can drop that far or more
   * than {@value #MAX_ATTEMPTS} would be needed), and the power they give.
   */
  record CaseEstimate(double baselineRate, OptionalInt attempts, double power) {
  }

  /** The fewest attempts that reach the power at every one of the baseline rates. */
  static CaseEstimate estimate(double[] baselineRates, double drop, double alphaPerCase, GateSettings settings) {
    double[] possible = DoubleStream.of(baselineRates).filter(rate -> rate - drop >= -1e-9).toArray();
    if (possible.length == 0) {
      return new CaseEstimate(baselineRates[0], OptionalInt.empty(), 0);
    }
    IntPredicate enough = n -> weakest(possible, n, drop, alphaPerCase, settings).power >= settings.power();
    OptionalInt attempts = smallest(enough);
    int n = attempts.orElse(MAX_ATTEMPTS);
    CaseEstimate weakest = weakest(possible, n, drop, alphaPerCase, settings);
    return new CaseEstimate(weakest.baselineRate, attempts, weakest.power);
  }

  private static CaseEstimate weakest(double[] rates, int n, double drop, double alphaPerCase, GateSettings settings) {
    GateRule rule = GateRule.of(n, n, alphaPerCase, settings.minDrop());
    CaseEstimate weakest = null;
    for (double rate : rates) {
      double power = rule.power(rate, Math.max(0, rate - drop));
      if (weakest == null || power < weakest.power) {
        weakest = new CaseEstimate(rate, OptionalInt.of(n), power);
      }
    }
    return weakest;
  }

  /** The smallest n up to the maximum that is enough, trying each n up to the linear limit. */
  static OptionalInt smallest(IntPredicate enough) {
    for (int n = 1; n <= LINEAR_SEARCH_LIMIT; n++) {
      if (enough.test(n)) {
        return OptionalInt.of(n);
      }
    }
    return bisect(enough, LINEAR_SEARCH_LIMIT);
  }

  /**
   * An n above {@code tooFew} and up to the maximum that is enough, found by doubling then
   * bisecting: the smallest one when "enough" only grows with n, close to it otherwise.
   */
  static OptionalInt bisect(IntPredicate enough, int tooFew) {
    int upper = tooFew;
    do {
      upper = Math.min(MAX_ATTEMPTS, Math.max(1, upper * 2));
      if (enough.test(upper)) {
        break;
      }
      if (upper == MAX_ATTEMPTS) {
        return OptionalInt.empty();
      }
      tooFew = upper;
    } while (true);
    while (upper - tooFew > 1) {
      int middle = (tooFew + upper) >>> 1;
      if (enough.test(middle)) {
        upper = middle;
      } else {
        tooFew = middle;
      }
    }
    return OptionalInt.of(upper);
  }

  private static void requireDrop(double detectDrop, GateSettings settings) {
    if (!(detectDrop <= 1) || detectDrop < settings.minDrop() - 1e-9) {
      throw new IllegalArgumentException("the drop to detect must be from the minimum drop ("
          + settings.minDrop() + ") to 1, found " + detectDrop
          + "; the gate ignores drops smaller than the minimum drop");
    }
  }
}
