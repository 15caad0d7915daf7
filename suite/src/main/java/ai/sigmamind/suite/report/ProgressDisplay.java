package ai.sigmamind.suite.report;

import ai.sigmamind.sdk.BatchProgress;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Shows the progress of the batches being waited for. On a terminal, one bar redrawn in place
 * with {@code \r} for all of them (done/total, passed/failed, elapsed, estimated time left); in a
 * CI log or a file, plain lines per suite, at most one per suite every {@code interval} (plus the
 * first and the last), so logs stay short.
 *
 * <pre>{@code
 * ProgressDisplay display = Terminal.isInteractive()
 *     ? ProgressDisplay.live(System.out, Clock.systemUTC())
 *     : ProgressDisplay.plain(System.out, Clock.systemUTC(), Duration.ofSeconds(10));
 * batchRuns.waitForCompletion(batchId, WaitOptions.builder().onProgress(display.track("demo-agent")).build());
 * display.finish();
 * }</pre>
 */
public final class ProgressDisplay {
  private static final int BAR_WIDTH = 24;

  /** The latest counters of one suite's batch. */
  private static final class Tracked {
    final Instant started;
    @Nullable BatchProgress progress;
    @Nullable Instant lastLine;

    Tracked(Instant started) {
      this.started = started;
    }
  }

  private final PrintStream out;
  private final Clock clock;
  private final boolean live;
  private final Duration interval;
  private final Map<String, Tracked> suites = new LinkedHashMap<>();
  private int shownWidth;

  private ProgressDisplay(PrintStream out, Clock clock, boolean live, Duration interval) {
    this.out = out;
    this.clock = clock;
    this.live = live;
    this.interval = interval;
  }

  /**
   * A bar redrawn in place, for a terminal.
   *
   * @param out where the bar is drawn; a terminal, since {@code \r} moves back over it
   * @param clock the clock elapsed times and estimates are measured by
   * @return a display with nothing tracked yet
   */
  public static ProgressDisplay live(PrintStream out, Clock clock) {
    return new ProgressDisplay(out, clock, true, Duration.ZERO);
  }

  /**
   * Plain lines, at most one per suite every {@code interval} besides the first and the last.
   *
   * @param out where the lines go
   * @param clock the clock elapsed times and the interval are measured by
   * @param interval the least time between two lines of a suite; {@link Duration#ZERO} prints every update
   * @return a display with nothing tracked yet
   */
  public static ProgressDisplay plain(PrintStream out, Clock clock, Duration interval) {
    return new ProgressDisplay(out, clock, false, interval);
  }

  /**
   * The progress callback for {@code suite}'s batch, starting its clock now.
   *
   * @param suite the suite's name, shown beside its counters; tracking a name again restarts it
   * @return a callback for {@code WaitOptions.onProgress}, safe to call from any thread
   */
  public synchronized Consumer<BatchProgress> track(String suite) {
    Tracked tracked = new Tracked(clock.instant());
    suites.put(suite, tracked);
    return progress -> update(suite, tracked, progress);
  }

  /**
   * Prints a line of its own; on a terminal the bar is cleared first and redrawn after it.
   *
   * @param line the text, without a line break
   */
  public synchronized void println(String line) {
    if (live && shownWidth > 0) {
      out.print("\r" + " ".repeat(shownWidth) + "\r");
      out.println(line);
      shownWidth = 0;
      redraw();
    } else {
      out.println(line);
    }
    out.flush();
  }

  /** Ends the bar, so what follows starts on a line of its own. */
  public synchronized void finish() {
    if (live && shownWidth > 0) {
      out.println();
      shownWidth = 0;
    }
  }

  private synchronized void update(String suite, Tracked tracked, BatchProgress progress) {
    tracked.progress = progress;
    Instant now = clock.instant();
    if (live) {
      redraw();
      return;
    }
    boolean last = progress.total() > 0 && progress.done() >= progress.total();
    if (tracked.lastLine == null || last || !now.isBefore(tracked.lastLine.plus(interval))) {
      tracked.lastLine = now;
      out.println("  " + (suites.size() > 1 ? suite + ": " : "")
          + counters(progress.done(), progress.total(), progress.successful(), progress.failed(),
          Duration.between(tracked.started, now)));
      out.flush();
    }
  }

  private void redraw() {
    long done = 0;
    long total = 0;
    long passed = 0;
    long failed = 0;
    Instant started = null;
    for (Tracked tracked : suites.values()) {
      started = started == null || tracked.started.isBefore(started) ? tracked.started : started;
      if (tracked.progress != null) {
        done += tracked.progress.done();
        total += tracked.progress.total();
        passed += tracked.progress.successful();
        failed += tracked.progress.failed();
      }
    }
    if (started == null) {
      return;
    }
    int filled = total == 0 ? 0 : (int) (BAR_WIDTH * Math.min(done, total) / total);
    String text = "  [" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] "
        + (suites.size() > 1 ? suites.size() + " suites: " : "")
        + counters(done, total, passed, failed, Duration.between(started, clock.instant()));
    // Pad over the rest of a longer previous line.
    out.print("\r" + text + " ".repeat(Math.max(0, shownWidth - text.length())));
    shownWidth = text.length();
    out.flush();
  }

  /** {@code 8/16 runs judged (7 passed, 1 failed), 0:04 elapsed, ~0:04 left}. */
  static String counters(long done, long total, long passed, long failed, Duration elapsed) {
    if (total == 0) {
      return "waiting for the batch to plan its runs, " + clock(elapsed) + " elapsed";
    }
    String left = done == 0 || done >= total ? ""
        : ", ~" + clock(Duration.ofMillis(elapsed.toMillis() * (total - done) / done)) + " left";
    return done + "/" + total + " runs judged (" + passed + " passed, " + failed + " failed), "
        + clock(elapsed) + " elapsed" + left;
  }

  /** {@code 0:04}, {@code 12:30}, {@code 1:02:03}. */
  static String clock(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
