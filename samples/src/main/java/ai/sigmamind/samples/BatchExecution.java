package ai.sigmamind.samples;

import ai.sigmamind.sdk.BatchReport;
import ai.sigmamind.sdk.BatchRuns;
import ai.sigmamind.sdk.BatchWaitTimeoutException;
import ai.sigmamind.sdk.WaitOptions;
import ai.sigmamind.sdk.models.BatchRunCreated;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs test cases as one batch: starts it, waits with a progress line, then gathers every run's
 * verdict. A batch that outlives the timeout is still reported, with its unjudged runs pending,
 * so CI gets its files either way.
 *
 * <pre>{@code
 * BatchExecution.Outcome outcome = new BatchExecution(agent.batchRuns(), connection.waitOptions(), System.out, false)
 *     .run(sync.testCaseIds(), Duration.ofMinutes(30));
 * }</pre>
 */
final class BatchExecution {
  /**
   * The report of a finished (or timed-out) batch.
   *
   * @param report every run with its verdict
   * @param timeout why the batch is incomplete, or null when it completed
   */
  record Outcome(BatchReport report, @Nullable String timeout) {
  }

  private final BatchRuns batchRuns;
  private final WaitOptions.Builder waitOptions;
  private final PrintStream out;
  private final boolean liveProgress;

  BatchExecution(BatchRuns batchRuns, WaitOptions.Builder waitOptions, PrintStream out, boolean liveProgress) {
    this.batchRuns = batchRuns;
    this.waitOptions = waitOptions;
    this.out = out;
    this.liveProgress = liveProgress;
  }

  /** @throws ai.sigmamind.sdk.SigmaMindException if a call fails */
  Outcome run(List<String> testCaseIds, Duration timeout) {
    BatchRunCreated created = batchRuns.create(testCaseIds);
    out.println("Started batch " + created.batchId());
    ProgressLine progress = new ProgressLine(out, liveProgress);
    String timedOut = null;
    try {
      batchRuns.waitForCompletion(created.batchId(), waitOptions.timeout(timeout).onProgress(progress).build());
    } catch (BatchWaitTimeoutException e) {
      timedOut = e.getMessage();
    } finally {
      progress.finish();
    }
    return new Outcome(batchRuns.report(created.batchId()), timedOut);
  }
}
