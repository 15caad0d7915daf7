package ai.sigmamind.suite;

/**
 * The agent's test cases cannot be matched to the suite's by label (two share a label, or the API
 * does not keep labels); reported with {@link ExitCode#API_ERROR}.
 *
 * <pre>{@code
 * throw new SyncConflictException("Agent a1 has 2 test cases labelled 'Refund request': tc_1, tc_2");
 * }</pre>
 */
public final class SyncConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SyncConflictException(String message) {
    super(message);
  }
}
