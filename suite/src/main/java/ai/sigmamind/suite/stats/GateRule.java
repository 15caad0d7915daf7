package ai.sigmamind.suite.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-case decision the gate makes, and its exact power. A case regressed when the one-sided
 * Fisher p-value for a drop is at most the per-case α and the observed drop is at least the
 * minimum drop. Because the test conditions on the total passes, the tables it flags depend only
 * on the attempts, so the chance of flagging is a sum over them of two binomial probabilities:
 * no simulation, no normal approximation.
 */
final class GateRule {
  /** Pass rates are ratios of small integers; 0.85 − 0.70 must count as a drop of 0.15. */
  private static final double TOLERANCE = 1e-9;

  /** Every (baseline passes, candidate passes) the rule flags, for fixed attempts. */
  private final int baselineAttempts;
  private final int candidateAttempts;
  private final int[] flaggedBaseline;
  private final int[] flaggedCandidate;

  private GateRule(int baselineAttempts, int candidateAttempts, List<int[]> flagged) {
    this.baselineAttempts = baselineAttempts;
    this.candidateAttempts = candidateAttempts;
    this.flaggedBaseline = flagged.stream().mapToInt(table -> table[0]).toArray();
    this.flaggedCandidate = flagged.stream().mapToInt(table -> table[1]).toArray();
  }

  static boolean dropAtLeast(double baselineRate, double candidateRate, double minDrop) {
    return baselineRate - candidateRate >= minDrop - TOLERANCE;
  }

  /** The tables flagged with {@code n1} baseline and {@code n2} candidate attempts. */
  static GateRule of(int n1, int n2, double alphaPerCase, double minDrop) {
    LogFactorials log = new LogFactorials(n1 + n2);
    List<int[]> flagged = new ArrayList<>();
    if (n1 == 0 || n2 == 0) {
      return new GateRule(n1, n2, flagged); // nothing judged on one side: nothing to compare
    }
    for (int passes = 0; passes <= n1 + n2; passes++) {
      int lowest = Math.max(0, passes - n2);
      double tail = 0;
      for (int x1 = Math.min(n1, passes); x1 >= lowest; x1--) {
        tail += log.hypergeometric(n1, n2, passes, x1);
        if (Math.min(1, tail) > alphaPerCase) {
          break; // the tail only grows from here
        }
        int x2 = passes - x1;
        if (dropAtLeast((double) x1 / n1, (double) x2 / n2, minDrop)) {
          flagged.add(new int[] {x1, x2});
        }
      }
    }
    return new GateRule(n1, n2, flagged);
  }

  /** The chance the rule flags a case whose true pass probability falls from p0 to p1. */
  double power(double p0, double p1) {
    LogFactorials log = new LogFactorials(Math.max(baselineAttempts, candidateAttempts));
    double[] baseline = binomials(log, baselineAttempts, p0);
    double[] candidate = binomials(log, candidateAttempts, p1);
    double power = 0;
    for (int i = 0; i < flaggedBaseline.length; i++) {
      power += baseline[flaggedBaseline[i]] * candidate[flaggedCandidate[i]];
    }
    return Math.min(1, power);
  }

  private static double[] binomials(LogFactorials log, int n, double p) {
    double[] pmf = new double[n + 1];
    for (int k = 0; k <= n; k++) {
      pmf[k] = log.binomial(n, k, p);
    }
    return pmf;
  }
}
