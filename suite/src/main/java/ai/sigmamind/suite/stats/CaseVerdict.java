package ai.sigmamind.suite.stats;

/**
 * What the gate concluded about one test case.
 *
 * <pre>{@code
 * if (comparison.verdict() == CaseVerdict.INSUFFICIENT_EVIDENCE) {
 *   System.out.println("run at least " + comparison.attemptsNeeded().getAsInt() + " attempts");
 * }
 * }</pre>
 */
public enum CaseVerdict {
  /** The pass rate dropped by at least the minimum drop, and significantly after correcting for the number of cases. Fails the gate. */
  REGRESSED,
  /** The pass rate rose by at least the minimum drop, significantly. */
  IMPROVED,
  /** No regression, and the 95 % interval for the drop lies wholly below the minimum drop: the attempts rule one out. */
  UNCHANGED,
  /** Neither: too few attempts to tell a drop of the minimum size from noise. The gate does not fail on it, and cannot vouch for it. */
  INSUFFICIENT_EVIDENCE
}
