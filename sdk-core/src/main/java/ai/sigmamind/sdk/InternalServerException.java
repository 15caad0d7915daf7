package ai.sigmamind.sdk;

/**
 * The server failed (any 5xx status). Retried automatically where the retry rule allows; thrown once retries are exhausted.
 *
 * <pre>{@code
 * try {
 *   agent.batchRuns().get(batchId);
 * } catch (InternalServerException e) {
 *   log.warn("SigmaMind is down: {} (request id {})", e.statusCode(), e.requestId().orElse("-"));
 * }
 * }</pre>
 */
public final class InternalServerException extends SigmaMindApiException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for the response {@code details} describe; the message is derived from them.
   *
   * @param details the response's status (5xx), request, headers and body excerpt
   */
  public InternalServerException(ResponseDetails details) {
    super(details);
  }
}
