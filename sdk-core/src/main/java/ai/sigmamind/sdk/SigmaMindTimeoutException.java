package ai.sigmamind.sdk;

import java.io.IOException;

/**
 * A timeout expired: the connect timeout, the per-attempt timeout (after any retries the retry
 * rule allowed) or the overall timeout that bounds all attempts and waits.
 *
 * <pre>{@code
 * try {
 *   client.withOptions(b -> b.overallTimeout(Duration.ofSeconds(5))).agent(agentId).testCases().list();
 * } catch (SigmaMindTimeoutException e) {
 *   log.warn("SigmaMind too slow: {}", e.getMessage());
 * }
 * }</pre>
 */
public final class SigmaMindTimeoutException extends SigmaMindException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with this message and underlying failure.
   *
   * @param message which timeout expired, on which call; free of the API key
   * @param cause the I/O exception the timeout surfaced as
   */
  public SigmaMindTimeoutException(String message, IOException cause) {
    super(message, cause);
  }
}
