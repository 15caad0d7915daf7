package ai.sigmamind.sdk;

/**
 * The server rejected the request's parameters or body (HTTP 400).
 *
 * <pre>{@code
 * try {
 *   agent.testCases().create(b -> b.userPrompt("").successCriteria(""));
 * } catch (BadRequestException e) {
 *   e.apiError().ifPresent(error -> System.out.println(error.message()));
 * }
 * }</pre>
 */
public final class BadRequestException extends SigmaMindApiException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for the response {@code details} describe; the message is derived from them.
   *
   * @param details the response's status (400), request, headers and body excerpt
   */
  public BadRequestException(ResponseDetails details) {
    super(details);
  }
}
