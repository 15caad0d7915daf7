package ai.sigmamind.sdk;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception the SDK throws for a failed call: unchecked, so callers catch only what
 * they can handle. Subtypes: {@link SigmaMindApiException} (the server answered with an error
 * status), {@link SigmaMindIoException}, {@link SigmaMindTimeoutException}, {@link
 * ResponseDecodingException} and {@link BatchWaitTimeoutException}. Argument errors are plain
 * {@link IllegalArgumentException}s and configuration errors {@link IllegalStateException}s.
 *
 * <pre>{@code
 * try {
 *   agent.batchRuns().get(batchId);
 * } catch (SigmaMindException e) {
 *   log.warn("SigmaMind call failed: {}", e.getMessage());
 * }
 * }</pre>
 */
public class SigmaMindException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with this message and, optionally, cause.
   *
   * @param message what failed; must not contain the API key
   * @param cause the underlying failure, or null
   */
  public SigmaMindException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
