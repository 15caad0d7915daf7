package ai.sigmamind.sdk;

/**
 * An id (test case, batch, job or agent) is unknown to the server (HTTP 404).
 *
 * <pre>{@code
 * try {
 *   agent.testCases().get(testCaseId);
 * } catch (NotFoundException e) {
 *   return Optional.empty();
 * }
 * }</pre>
 */
public final class NotFoundException extends SigmaMindApiException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for the response {@code details} describe; the message is derived from them.
   *
   * @param details the response's status (404), request, headers and body excerpt
   */
  public NotFoundException(ResponseDetails details) {
    super(details);
  }
}
