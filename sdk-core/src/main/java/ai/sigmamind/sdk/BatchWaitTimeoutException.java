package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRun;

/**
 * {@link BatchRuns#waitForCompletion(String, WaitOptions)} reached its timeout before the batch was
 * complete. Carries the last state polled, so callers can report partial progress.
 *
 * <pre>{@code
 * try {
 *   agent.batchRuns().waitForCompletion(batchId, WaitOptions.builder().timeout(Duration.ofMinutes(10)).build());
 * } catch (BatchWaitTimeoutException e) {
 *   BatchRun last = e.lastBatchRun();
 *   System.out.println("still running: " + last.successfulAttempts() + "/" + last.totalAttempts());
 * }
 * }</pre>
 */
public final class BatchWaitTimeoutException extends SigmaMindException {
  private static final long serialVersionUID = 1L;

  private final transient BatchRun lastBatchRun;

  /**
   * An exception with this message and the batch as last polled.
   *
   * @param message what timed out and how far the batch was
   * @param lastBatchRun the batch as the last poll returned it
   */
  public BatchWaitTimeoutException(String message, BatchRun lastBatchRun) {
    super(message, null);
    this.lastBatchRun = lastBatchRun;
  }

  /**
   * The batch as last polled, not yet complete.
   *
   * @return the last state, with its counters
   */
  public BatchRun lastBatchRun() {
    return lastBatchRun;
  }
}
