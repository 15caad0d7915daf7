package ai.sigmamind.sdk;

/**
 * The API key is missing or invalid (HTTP 401); retrying will not help.
 *
 * <pre>{@code
 * try {
 *   client.agent(agentId).testCases().list();
 * } catch (AuthenticationException e) {
 *   throw new IllegalStateException("Check SIGMAMIND_API_KEY", e);
 * }
 * }</pre>
 */
public final class AuthenticationException extends SigmaMindApiException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for the response {@code details} describe; the message is derived from them.
   *
   * @param details the response's status (401), request, headers and body excerpt
   */
  public AuthenticationException(ResponseDetails details) {
    super(details);
  }
}
