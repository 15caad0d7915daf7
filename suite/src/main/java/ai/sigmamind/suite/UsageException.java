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

  /** A problem described by {@code message} alone. */
  public UsageException(String message) {
    super(message);
  }

  /** A problem described by {@code message}, caused by {@code cause}. */
  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
