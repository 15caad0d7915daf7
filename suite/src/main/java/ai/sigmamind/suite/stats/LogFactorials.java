package ai.sigmamind.suite.stats;

/**
 * {@code ln(k!)} for k up to a bound, summed once, so binomial and hypergeometric probabilities
 * stay exact in log space where the factorials themselves would overflow a double.
 */
final class LogFactorials {
  private final double[] logFactorial;

  LogFactorials(int max) {
    logFactorial = new double[max + 1];
    for (int k = 2; k <= max; k++) {
      logFactorial[k] = logFactorial[k - 1] + Math.log(k);
    }
  }

  double logChoose(int n, int k) {
    return logFactorial[n] - logFactorial[k] - logFactorial[n - k];
  }

  /** P(X = k) for X ~ Binomial(n, p); exact at p = 0 and p = 1. */
  double binomial(int n, int k, double p) {
    if (p <= 0) {
      return k == 0 ? 1 : 0;
    }
    if (p >= 1) {
      return k == n ? 1 : 0;
    }
    return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
  }

  /**
   * P(X = k) for the passes X of the first of two groups (sizes {@code n1}, {@code n2}) given
   * {@code passes} in both: the hypergeometric law Fisher's test conditions on.
   */
  double hypergeometric(int n1, int n2, int passes, int k) {
    return Math.exp(logChoose(n1, k) + logChoose(n2, passes - k) - logChoose(n1 + n2, passes));
  }
}
