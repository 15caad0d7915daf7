package ai.sigmamind.sdk;

import org.jspecify.annotations.Nullable;

/**
 * A call was cancelled before it ended: the client was closed, or the calling thread interrupted,
 * while it waited to retry. Listeners see the call end with it too.
 *
 * <pre>{@code
 * try {
 *   run = agent.testRuns(batchId).get(jobId);
 * } catch (SigmaMindCancelledException e) {
 *   return; // shutting down
 * }
 * }</pre>
 */
public final class SigmaMindCancelledException extends SigmaMindException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with this message and what cancelled the call.
   *
   * @param message what was cancelled, and why; free of the API key
   * @param cause the interrupt or cancellation, or null when the client was closed
   */
  public SigmaMindCancelledException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
