package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRun;

/**
 * How far a batch is, as seen by one poll: judged runs out of the total, and whether that makes it
 * complete. Passed to the progress callback of {@link WaitOptions}.
 *
 * <pre>{@code
 * WaitOptions options = WaitOptions.builder()
 *     .onProgress(p -> System.out.printf("%d/%d done, %d failed%n", p.done(), p.total(), p.failed()))
 *     .build();
 * }</pre>
 *
 * @param successful runs judged successful
 * @param failed runs judged failed
 * @param total runs the batch makes in all (0 while the server has not said)
 * @param batch the batch as polled
 */
public record BatchProgress(long successful, long failed, long total, BatchRun batch) {

  /**
   * The progress of a polled batch; missing counters count as 0.
   *
   * @param batch the batch as polled
   * @return its counters, with the batch
   */
  public static BatchProgress of(BatchRun batch) {
    return new BatchProgress(
        orZero(batch.successfulAttempts()), orZero(batch.failedAttempts()), orZero(batch.totalAttempts()), batch);
  }

  /**
   * Whether the batch is complete: {@code done() >= total()} with {@code total() > 0}. A zero
   * total means the server has not planned the runs yet, so the batch is not complete.
   *
   * <pre>{@code
   * boolean done = BatchProgress.of(batchRuns.get(batchId)).isComplete();
   * }</pre>
   *
   * @return true when every planned run is judged
   */
  public boolean isComplete() {
    return total > 0 && done() >= total;
  }

  /**
   * Runs judged so far.
   *
   * @return {@code successful + failed}
   */
  public long done() {
    return successful + failed;
  }

  private static long orZero(Long count) {
    return count == null ? 0 : count;
  }
}
