package ai.sigmamind.sdk;

/**
 * The server answered with a status no more specific exception covers (e.g. 405, 410 or a 3xx that was not followed).
 *
 * <pre>{@code
 * try {
 *   agent.batchRuns().get(batchId);
 * } catch (UnexpectedStatusException e) {
 *   log.warn("unexpected {}", e.statusCode());
 * }
 * }</pre>
 */
public final class UnexpectedStatusException extends SigmaMindApiException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for the response {@code details} describe; the message is derived from them.
   *
   * @param details the response's status (any status without its own exception), request, headers and body excerpt
   */
  public UnexpectedStatusException(ResponseDetails details) {
    super(details);
  }
}
