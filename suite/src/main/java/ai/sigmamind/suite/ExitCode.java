package ai.sigmamind.suite;

/**
 * The command-line tool's exit codes, the contract a CI job scripts against.
 *
 * <pre>{@code
 * return ExitCode.BELOW_THRESHOLD.code();
 * }</pre>
 */
public enum ExitCode {
  /** Done; for the regression suite, the pass rate met the minimum. */
  OK(0),
  /** The regression suite ran, but its pass rate is under {@code --min-pass-rate}, a case regressed against {@code --baseline}, or another gate failed. */
  BELOW_THRESHOLD(1),
  /** Bad flags or arguments, a missing or invalid suite file, a missing, malformed or mismatched baseline, bad settings, an unwritable output. */
  USAGE_ERROR(2),
  /**
   * The API failed: a call was refused or could not be made, the batch did not complete within
   * {@code --timeout} or the wait was interrupted, or the agent's test cases cannot be matched to
   * the suite.
   */
  API_ERROR(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /**
   * The process exit code.
   *
   * @return 0–3, as {@link System#exit} takes it
   */
  public int code() {
    return code;
  }
}
