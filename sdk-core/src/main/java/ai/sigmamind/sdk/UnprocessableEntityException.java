package ai.sigmamind.sdk;

/**
 * The request was well-formed but semantically invalid (HTTP 422).
 *
 * <pre>{@code
 * try {
 *   agent.batchRuns().create(testCaseIds);
 * } catch (UnprocessableEntityException e) {
 *   log.warn("rejected: {}", e.bodyExcerpt());
 * }
 * }</pre>
 */
public final class UnprocessableEntityException extends SigmaMindApiException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for the response {@code details} describe; the message is derived from them.
   *
   * @param details the response's status (422), request, headers and body excerpt
   */
  public UnprocessableEntityException(ResponseDetails details) {
    super(details);
  }
}
