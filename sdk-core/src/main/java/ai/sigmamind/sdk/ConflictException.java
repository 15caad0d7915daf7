package ai.sigmamind.sdk;

/**
 * The request conflicts with the resource's current state (HTTP 409).
 *
 * <pre>{@code
 * try {
 *   agent.testCases().update(testCaseId, b -> b.attempt(3L));
 * } catch (ConflictException e) {
 *   log.info("changed concurrently: {}", e.getMessage());
 * }
 * }</pre>
 */
public final class ConflictException extends SigmaMindApiException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for the response {@code details} describe; the message is derived from them.
   *
   * @param details the response's status (409), request, headers and body excerpt
   */
  public ConflictException(ResponseDetails details) {
    super(details);
  }
}
