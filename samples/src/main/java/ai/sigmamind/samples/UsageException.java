package ai.sigmamind.samples;

/**
 * A problem with what the user gave the program (flags, the suite file, settings, an output path),
 * reported as its message alone and {@link ExitCode#USAGE_ERROR}.
 *
 * <pre>{@code
 * throw new UsageException("demo-agent.yaml:12: test case 'Angry customer': 'attempt' must be a positive integer");
 * }</pre>
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
