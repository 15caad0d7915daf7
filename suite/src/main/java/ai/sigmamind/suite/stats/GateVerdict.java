package ai.sigmamind.suite.stats;

/**
 * The gate's overall outcome.
 *
 * <pre>{@code
 * int exitCode = comparison.verdict() == GateVerdict.PASSED ? 0 : 1;
 * }</pre>
 */
public enum GateVerdict {
  /** No case regressed and the absolute floor, if set, was met. */
  PASSED,
  /** A case regressed, or the overall pass rate is below the absolute floor. */
  FAILED
}
