package ai.sigmamind.sdk;

/**
 * The API key is valid but may not access this resource (HTTP 403).
 *
 * <pre>{@code
 * try {
 *   client.agent(otherWorkspacesAgent).batchRuns().get(batchId);
 * } catch (PermissionDeniedException e) {
 *   log.warn("no access: {}", e.getMessage());
 * }
 * }</pre>
 */
public final class PermissionDeniedException extends SigmaMindApiException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for the response {@code details} describe; the message is derived from them.
   *
   * @param details the response's status (403), request, headers and body excerpt
   */
  public PermissionDeniedException(ResponseDetails details) {
    super(details);
  }
}
