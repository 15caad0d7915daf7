package ai.sigmamind.sdk;

import java.io.IOException;

/**
 * The connection failed or broke (refused, reset, DNS failure, closed mid-response), after any
 * retries the retry rule allowed. The cause is the underlying {@link IOException}.
 *
 * <pre>{@code
 * try {
 *   agent.batchRuns().get(batchId);
 * } catch (SigmaMindIoException e) {
 *   log.warn("network problem: {}", e.getMessage(), e.getCause());
 * }
 * }</pre>
 */
public final class SigmaMindIoException extends SigmaMindException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with this message and underlying failure.
   *
   * @param message what failed, on which call; free of the API key
   * @param cause the I/O exception the connection failed with
   */
  public SigmaMindIoException(String message, IOException cause) {
    super(message, cause);
  }
}
