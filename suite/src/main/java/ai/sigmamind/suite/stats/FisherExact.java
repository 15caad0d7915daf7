package ai.sigmamind.suite.stats;

/**
 * One-sided Fisher exact tests on a 2×2 table of baseline and candidate passes and failures.
 * Given the total passes, the baseline's share of them is hypergeometric when both batches have
 * the same pass probability; the p-value is the chance of a split at least as lopsided as the
 * observed one. Same values as R's {@code fisher.test(alternative = "greater")} and SciPy's
 * {@code fisher_exact}.
 */
final class FisherExact {
  private FisherExact() {
  }

  /** P-value for "the candidate passes less often than the baseline". */
  static double dropPValue(PassRate baseline, PassRate candidate) {
    return upperTail(baseline.passes(), baseline.attempts(), candidate.passes(), candidate.attempts());
  }

  /** P-value for "the candidate passes more often than the baseline". */
  static double gainPValue(PassRate baseline, PassRate candidate) {
    return upperTail(candidate.passes(), candidate.attempts(), baseline.passes(), baseline.attempts());
  }

  /** P(X ≥ x1) for X the first group's passes given x1 + x2 passes in all. */
  private static double upperTail(int x1, int n1, int x2, int n2) {
    LogFactorials log = new LogFactorials(n1 + n2);
    int passes = x1 + x2;
    int highest = Math.min(n1, passes);
    double tail = 0;
    // From the most extreme table inwards, the order GatePower sums in, so both agree to the bit.
    for (int k = highest; k >= x1; k--) {
      tail += log.hypergeometric(n1, n2, passes, k);
    }
    return Math.min(1, tail);
  }
}
