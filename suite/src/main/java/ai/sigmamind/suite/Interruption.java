package ai.sigmamind.suite;

import ai.sigmamind.sdk.BatchWaitTimeoutException;
import ai.sigmamind.sdk.models.BatchRun;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * A request to stop waiting for batches (Ctrl-C), so a run can still report what was judged so
 * far. Triggering it ends every wait in progress or to come; the runs not judged yet are reported
 * as pending and the run is incomplete.
 *
 * <pre>{@code
 * Interruption interruption = new Interruption();
 * Runtime.getRuntime().addShutdownHook(new Thread(() -> interruption.trigger("Interrupted (Ctrl-C)")));
 * new SuiteRunner(target, settings, display, interruption, Clock.systemUTC()).run(suites);
 * }</pre>
 */
public final class Interruption {
  private final CompletableFuture<String> reason = new CompletableFuture<>();

  /** A request not triggered yet; share it between the runner and whatever triggers it. */
  public Interruption() {
  }

  /**
   * Ends the waits, with {@code why} as the reason the runs are incomplete; later calls are ignored.
   *
   * @param why a sentence for the reports, e.g. {@code Interrupted (Ctrl-C)}
   */
  public void trigger(String why) {
    reason.complete(why);
  }

  /**
   * Whether {@link #trigger} was called.
   *
   * @return true once {@link #trigger} was called, from any thread
   */
  public boolean isTriggered() {
    return reason.isDone();
  }

  /**
   * Waits for {@code wait} unless this is triggered first (then the wait is cancelled).
   *
   * @param wait a batch's wait, e.g. from {@code batchRuns().waitForCompletionAsync}
   * @return null when the batch completed; why it is incomplete when it timed out or this was triggered
   * @throws ai.sigmamind.sdk.SigmaMindException if a poll failed
   */
  public @Nullable String await(CompletableFuture<BatchRun> wait) {
    try {
      CompletableFuture.anyOf(wait, reason).join();
    } catch (CompletionException | CancellationException e) {
      // The wait failed: reported below.
    }
    if (!wait.isDone()) {
      wait.cancel(true);
      return reason.join();
    }
    try {
      wait.join();
      return null;
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BatchWaitTimeoutException) {
        return cause.getMessage();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }
}
