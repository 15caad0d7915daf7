package ai.sigmamind.suite;

/**
 * A problem with what the user gave the program (flags, the suite file, settings, an output path),
 * reported as its message alone and {@link ExitCode#USAGE_ERROR}.
 *
 * <pre>{@code
 * throw new UsageException("demo-agent.yaml:12: test case 'Angry customer': 'attempt' must be a positive integer");
 * }</pre>
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A problem described by {@code message} alone.
   *
   * @param message the whole report for the user, e.g. naming the file and line
   */
  public UsageException(String message) {
    super(message);
  }

  /**
   * A problem described by {@code message}, caused by {@code cause}.
   *
   * @param message the whole report for the user, e.g. naming the file and line
   * @param cause the underlying failure, for a stack trace; not shown to the user
   */
  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
