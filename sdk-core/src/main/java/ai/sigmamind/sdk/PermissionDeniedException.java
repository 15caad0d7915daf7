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

  PermissionDeniedException(String message, ResponseDetails details) {
    super(message, details);
  }
}
