package ai.sigmamind.suite;

import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.BatchReport;
import ai.sigmamind.suite.report.ProgressDisplay;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What every stage of a suite run shares: where it runs, where its progress shows, what stops its
 * waits and the clock it reads. The {@link SuiteRunner} and its {@link ConfirmationRunner} wait for
 * their batches the same way, here.
 *
 * @param target the sandbox or API the suites run on
 * @param display where progress is shown
 * @param interruption ends the waits early when triggered (Ctrl-C)
 * @param clock the clock start and finish times are read from
 */
record RunContext(Target target, ProgressDisplay display, Interruption interruption, Clock clock) {

  /** A batch's report once it completed, timed out or the wait was interrupted. */
  record Waited(BatchReport report, @Nullable String incomplete) {
  }

  /**
   * Waits at most {@code timeout} for {@code batchId}, showing its progress under {@code suite},
   * then reads its report.
   */
  Waited awaitBatch(Agent agent, String batchId, Duration timeout, String suite) {
    String incomplete = interruption.await(agent.batchRuns().waitForCompletionAsync(batchId,
        target.waitOptions().timeout(timeout).onProgress(display.track(suite)).build()));
    return new Waited(agent.batchRuns().report(batchId), incomplete);
  }
}
