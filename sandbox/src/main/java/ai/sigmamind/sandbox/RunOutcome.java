package ai.sigmamind.sandbox;

/**
 * What the sandbox decides for one run of a test case: see {@link SigmaMindSandbox#outcome}.
 */
public enum RunOutcome {
  /** The run completes, and the agent succeeded. */
  PASSED,
  /** The run completes, and the agent failed. */
  FAILED,
  /** The run never completes ({@code [sandbox:stuck]}), so neither does its batch. */
  NEVER_COMPLETES
}
