package ai.sigmamind.samples;

import ai.sigmamind.sdk.BatchProgress;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Shows a batch's progress: on a terminal one line redrawn in place with {@code \r}, elsewhere one
 * plain line per change, so CI logs stay readable.
 *
 * <pre>{@code
 * ProgressLine progress = new ProgressLine(System.out, Terminal.isInteractive());
 * batchRuns.waitForCompletion(batchId, WaitOptions.builder().onProgress(progress).build());
 * progress.finish();
 * }</pre>
 */
final class ProgressLine implements Consumer<BatchProgress> {
  private final PrintStream out;
  private final boolean live;
  private int shownWidth;

  ProgressLine(PrintStream out, boolean live) {
    this.out = out;
    this.live = live;
  }

  /** Called by the SDK on a poll that changed the counters (from one of its threads). */
  @Override
  public synchronized void accept(BatchProgress progress) {
    String text = describe(progress);
    if (live) {
      // Pad over the rest of a longer previous line.
      out.print("\r" + text + " ".repeat(Math.max(0, shownWidth - text.length())));
      shownWidth = text.length();
      out.flush();
    } else {
      out.println(text);
    }
  }

  /** Ends a live line, so what follows starts on a line of its own. */
  synchronized void finish() {
    if (live && shownWidth > 0) {
      out.println();
      shownWidth = 0;
    }
  }

  static String describe(BatchProgress progress) {
    if (progress.total() == 0) {
      return "  waiting for the batch to plan its runs";
    }
    return "  " + progress.done() + "/" + progress.total() + " runs judged (" + progress.successful() + " passed, "
        + progress.failed() + " failed)";
  }
}
