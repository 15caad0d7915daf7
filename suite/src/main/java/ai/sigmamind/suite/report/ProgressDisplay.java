package ai.sigmamind.suite.report;

import ai.sigmamind.sdk.BatchProgress;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Shows the progress of the batches being waited for, and keeps showing it between polls (which
 * can be minutes apart on the real service). On a terminal, one bar redrawn in place with
 * {@code \r} for all of them (done/total, passed/failed, elapsed, estimated time left), ticking
 * every second; in a CI log or a file, a plain line per suite whenever its counters change and at
 * least one every {@code heartbeat} while they do not, so a log never looks hung.
 *
 * <pre>{@code
 * ProgressDisplay display = ProgressDisplay.of(System.out, Clock.systemUTC(), Terminal.isInteractive());
 * batchRuns.waitForCompletion(batchId, WaitOptions.builder().onProgress(display.track("demo-agent")).build());
 * display.finish();
 * }</pre>
 */
public final class ProgressDisplay {
  /** In a log, the longest silence while a batch is waited for. */
  public static final Duration LOG_HEARTBEAT = Duration.ofSeconds(30);
  /** How often the display ticks between polls. */
  static final Duration TICK = Duration.ofSeconds(1);
  private static final int BAR_WIDTH = 24;

  /** Starts calling a tick regularly; returns what stops it. */
  @FunctionalInterface
  interface Ticker {
    Runnable start(Runnable tick);
  }

  /** The latest counters of one suite's batch. */
  private static final class Tracked {
    final Instant started;
    @Nullable BatchProgress progress;
    /** When the counters last changed: the estimate of the time left counts down from there. */
    @Nullable Instant changed;
    @Nullable BatchProgress printed;
    @Nullable Instant lastLine;

    Tracked(Instant started) {
      this.started = started;
    }
  }

  private final PrintStream out;
  private final Clock clock;
  /** In a log, the longest silence while a batch is waited for; null on a terminal, where the bar ticks instead. */
  private final @Nullable Duration heartbeat;
  private final Ticker ticker;
  private final Map<String, Tracked> suites = new LinkedHashMap<>();
  private @Nullable Runnable stopTicking;
  private int shownWidth;

  ProgressDisplay(PrintStream out, Clock clock, @Nullable Duration heartbeat, Ticker ticker) {
    this.out = out;
    this.clock = clock;
    this.heartbeat = heartbeat;
    this.ticker = ticker;
  }

  /**
   * A bar redrawn in place and every second, for a terminal.
   *
   * @param out where the bar is drawn; a terminal, since {@code \r} moves back over it
   * @param clock the clock elapsed times and estimates are measured by
   * @return a display with nothing tracked yet
   */
  public static ProgressDisplay live(PrintStream out, Clock clock) {
    return new ProgressDisplay(out, clock, null, ProgressDisplay::everySecond);
  }

  /**
   * Plain lines: one per suite whenever its counters change, and one at least every {@code heartbeat}.
   *
   * @param out where the lines go
   * @param clock the clock elapsed times and the heartbeat are measured by
   * @param heartbeat the longest time without a line while a batch is waited for; positive
   * @return a display with nothing tracked yet
   */
  public static ProgressDisplay plain(PrintStream out, Clock clock, Duration heartbeat) {
    if (heartbeat.isNegative() || heartbeat.isZero()) {
      throw new IllegalArgumentException("heartbeat must be positive, was " + heartbeat);
    }
    return new ProgressDisplay(out, clock, heartbeat, ProgressDisplay::everySecond);
  }

  /**
   * {@link #live} on a terminal, else {@link #plain} with a line at least every {@link #LOG_HEARTBEAT}.
   *
   * @param out where progress goes
   * @param clock the clock elapsed times are measured by
   * @param terminal whether {@code out} is an interactive terminal (see {@link Terminal#isInteractive()})
   * @return a display with nothing tracked yet
   */
  public static ProgressDisplay of(PrintStream out, Clock clock, boolean terminal) {
    return terminal ? live(out, clock) : plain(out, clock, LOG_HEARTBEAT);
  }

  /**
   * The progress callback for {@code suite}'s batch, starting its clock now; the display ticks
   * from the first call until {@link #finish()}.
   *
   * @param suite the suite's name, shown beside its counters; tracking a name again restarts it
   * @return a callback for {@code WaitOptions.onProgress}, safe to call from any thread
   */
  public synchronized Consumer<BatchProgress> track(String suite) {
    Tracked tracked = new Tracked(clock.instant());
    suites.put(suite, tracked);
    if (stopTicking == null) {
      stopTicking = ticker.start(this::tick);
    }
    return progress -> update(suite, tracked, progress);
  }

  /**
   * Prints a line of its own; on a terminal the bar is cleared first and redrawn after it.
   *
   * @param line the text, without a line break
   */
  public synchronized void println(String line) {
    if (drawsBar() && shownWidth > 0) {
      out.print("\r" + " ".repeat(shownWidth) + "\r");
      out.println(line);
      shownWidth = 0;
      redraw();
    } else {
      out.println(line);
    }
    out.flush();
  }

  /** Stops ticking and ends the bar, so what follows starts on a line of its own. */
  public synchronized void finish() {
    if (stopTicking != null) {
      stopTicking.run();
      stopTicking = null;
    }
    if (drawsBar() && shownWidth > 0) {
      out.println();
      shownWidth = 0;
    }
  }

  /** Between polls: the bar redrawn with the time now, or a log line for each suite silent for a heartbeat. */
  synchronized void tick() {
    if (stopTicking == null) {
      return;
    }
    Duration silence = heartbeat;
    if (silence == null) {
      if (shownWidth > 0) {
        redraw();
      }
      return;
    }
    Instant now = clock.instant();
    suites.forEach((suite, tracked) -> {
      if (tracked.progress != null && !finished(tracked.progress) && tracked.lastLine != null
          && !now.isBefore(tracked.lastLine.plus(silence))) {
        printLine(suite, tracked, now);
      }
    });
  }

  private synchronized void update(String suite, Tracked tracked, BatchProgress progress) {
    Instant now = clock.instant();
    if (tracked.progress == null || !sameCounters(tracked.progress, progress)) {
      tracked.changed = now;
    }
    tracked.progress = progress;
    if (drawsBar()) {
      redraw();
    } else if (tracked.printed == null || !sameCounters(tracked.printed, progress)) {
      printLine(suite, tracked, now);
    }
  }

  private boolean drawsBar() {
    return heartbeat == null;
  }

  private void printLine(String suite, Tracked tracked, Instant now) {
    BatchProgress progress = tracked.progress;
    if (progress == null) {
      return;
    }
    tracked.lastLine = now;
    tracked.printed = progress;
    out.println("  " + (suites.size() > 1 ? suite + ": " : "")
        + counters(progress.done(), progress.total(), progress.successful(), progress.failed(),
        Duration.between(tracked.started, now), left(tracked.started, tracked.changed, progress.done(), progress.total(), now)));
    out.flush();
  }

  private void redraw() {
    long done = 0;
    long total = 0;
    long passed = 0;
    long failed = 0;
    Instant started = null;
    Instant changed = null;
    for (Tracked tracked : suites.values()) {
      started = started == null || tracked.started.isBefore(started) ? tracked.started : started;
      if (tracked.progress != null) {
        done += tracked.progress.done();
        total += tracked.progress.total();
        passed += tracked.progress.successful();
        failed += tracked.progress.failed();
        changed = latest(changed, tracked.changed);
      }
    }
    if (started == null) {
      return;
    }
    Instant now = clock.instant();
    int filled = total == 0 ? 0 : (int) (BAR_WIDTH * Math.min(done, total) / total);
    String text = "  [" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] "
        + (suites.size() > 1 ? suites.size() + " suites: " : "")
        + counters(done, total, passed, failed, Duration.between(started, now), left(started, changed, done, total, now));
    // Pad over the rest of a longer previous line.
    out.print("\r" + text + " ".repeat(Math.max(0, shownWidth - text.length())));
    shownWidth = text.length();
    out.flush();
  }

  /**
   * The time left if the runs go on at the pace they were judged so far: the projected finish
   * (from the start, at the rate measured up to the last change) minus now, so it counts down
   * between polls; null when it cannot be told yet, or the batch is done.
   */
  private static @Nullable Duration left(Instant started, @Nullable Instant changed, long done, long total, Instant now) {
    if (changed == null || done == 0 || done >= total) {
      return null;
    }
    Instant finish = started.plusMillis(Duration.between(started, changed).toMillis() * total / done);
    Duration left = Duration.between(now, finish);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }

  private static boolean finished(BatchProgress progress) {
    return progress.total() > 0 && progress.done() >= progress.total();
  }

  private static boolean sameCounters(BatchProgress a, BatchProgress b) {
    return a.done() == b.done() && a.total() == b.total() && a.successful() == b.successful() && a.failed() == b.failed();
  }

  /** {@code 8/16 runs judged (7 passed, 1 failed), 0:04 elapsed, ~0:04 left}. */
  static String counters(long done, long total, long passed, long failed, Duration elapsed, @Nullable Duration left) {
    if (total == 0) {
      return "waiting for the batch to plan its runs, " + clock(elapsed) + " elapsed";
    }
    return done + "/" + total + " runs judged (" + passed + " passed, " + failed + " failed), "
        + clock(elapsed) + " elapsed" + (left == null ? "" : ", ~" + clock(left) + " left");
  }

  /** {@code 0:04}, {@code 12:30}, {@code 1:02:03}. */
  static String clock(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** Ticks on a daemon thread of its own, so a display left unfinished never keeps the JVM alive. */
  private static Runnable everySecond(Runnable tick) {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "sigmamind-progress");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleAtFixedRate(tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    return scheduler::shutdownNow;
  }
}
