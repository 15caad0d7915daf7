package ai.sigmamind.suite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.BatchProgress;
import ai.sigmamind.sdk.models.BatchRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
  private static final String NL = System.lineSeparator();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final MutableClock clock = new MutableClock();
  private Runnable ticks;
  private boolean stopped;

  @Test
  void onATerminalOneBarIsRedrawnInPlaceWithElapsedAndTimeLeft() {
    ProgressDisplay display = live();
    Consumer<BatchProgress> suite = display.track("demo");

    suite.accept(progress(0, 0, 0));
    pollAfter(4, suite, progress(3, 1, 8));
    pollAfter(4, suite, progress(7, 1, 8));
    display.finish();
    display.finish();

    assertThat(text()).isEqualTo(
        "\r  [------------------------] waiting for the batch to plan its runs, 0:00 elapsed"
        + "\r  [############------------] 4/8 runs judged (3 passed, 1 failed), 0:04 elapsed, ~0:04 left"
        + "\r  [########################] 8/8 runs judged (7 passed, 1 failed), 0:08 elapsed" + " ".repeat(12) + NL);
  }

  @Test
  void aLineOfItsOwnClearsTheBarAndRedrawsIt() {
    ProgressDisplay display = live();
    display.track("demo").accept(progress(1, 0, 2));

    display.println("started batch b2");

    String bar = "  [############------------] 1/2 runs judged (1 passed, 0 failed), 0:00 elapsed, ~0:00 left";
    assertThat(text()).isEqualTo("\r" + bar + "\r" + " ".repeat(bar.length()) + "\rstarted batch b2" + NL + "\r" + bar);
  }

  @Test
  void severalSuitesShareOneBar() {
    ProgressDisplay display = live();
    display.track("a").accept(progress(1, 0, 2));
    display.track("b").accept(progress(0, 1, 2));

    assertThat(text()).endsWith("2 suites: 2/4 runs judged (1 passed, 1 failed), 0:00 elapsed, ~0:00 left");
  }

  @Test
  void inALogEveryChangeGetsALineAndSilenceAtMostAHeartbeat() {
    ProgressDisplay display = plain(Duration.ofSeconds(30));
    Consumer<BatchProgress> suite = display.track("demo");

    suite.accept(progress(1, 0, 4));
    pollAfter(5, suite, progress(1, 0, 4));
    tickFor(Duration.ofSeconds(24));
    suite.accept(progress(2, 0, 4));
    tickFor(Duration.ofSeconds(31));
    suite.accept(progress(3, 1, 4));
    tickFor(Duration.ofSeconds(40));
    display.finish();

    assertThat(text()).isEqualTo("  1/4 runs judged (1 passed, 0 failed), 0:00 elapsed, ~0:00 left" + NL
        + "  2/4 runs judged (2 passed, 0 failed), 0:29 elapsed, ~0:29 left" + NL
        + "  2/4 runs judged (2 passed, 0 failed), 0:59 elapsed, ~0:00 left" + NL
        + "  4/4 runs judged (3 passed, 1 failed), 1:00 elapsed" + NL);
  }

  @Test
  void onATerminalTheClockAndTheEstimateTickBetweenPolls() {
    Consumer<BatchProgress> suite = live().track("demo");
    pollAfter(20, suite, progress(2, 0, 8));
    bytes.reset();

    tickFor(Duration.ofSeconds(3));

    assertThat(text()).isEqualTo(
        "\r  [######------------------] 2/8 runs judged (2 passed, 0 failed), 0:21 elapsed, ~0:59 left"
        + "\r  [######------------------] 2/8 runs judged (2 passed, 0 failed), 0:22 elapsed, ~0:58 left"
        + "\r  [######------------------] 2/8 runs judged (2 passed, 0 failed), 0:23 elapsed, ~0:57 left");
  }

  @Test
  void theEstimateCountsDownFromTheLastChange() {
    Consumer<BatchProgress> suite = live().track("demo");
    suite.accept(progress(0, 0, 4));
    pollAfter(10, suite, progress(1, 0, 4));
    bytes.reset();

    tickFor(Duration.ofSeconds(35));

    assertThat(text()).endsWith("1/4 runs judged (1 passed, 0 failed), 0:45 elapsed, ~0:00 left");
  }

  @Test
  void ticksStartWithTheFirstBatchAndStopAtTheFinish() {
    ProgressDisplay display = live();
    assertThat(ticks).isNull();

    display.track("demo").accept(progress(1, 0, 2));
    assertThat(ticks).isNotNull();
    display.finish();
    bytes.reset();
    clock.advance(Duration.ofSeconds(1));
    ticks.run();

    assertThat(stopped).isTrue();
    assertThat(text()).as("a tick after the finish draws nothing").isEmpty();
  }

  @Test
  void aDisplayForALogNeedsAHeartbeat() {
    assertThatThrownBy(() -> ProgressDisplay.plain(out, clock, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heartbeat must be positive");
    ProgressDisplay display = ProgressDisplay.of(out, clock, false);
    display.track("demo").accept(progress(0, 0, 1));
    display.finish();
    assertThat(text()).isEqualTo("  0/1 runs judged (0 passed, 0 failed), 0:00 elapsed" + NL);
  }

  @Test
  void elapsedTimesReadLikeAClock() {
    assertThat(ProgressDisplay.clock(Duration.ofSeconds(4))).isEqualTo("0:04");
    assertThat(ProgressDisplay.clock(Duration.ofSeconds(750))).isEqualTo("12:30");
    assertThat(ProgressDisplay.clock(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
  }

  private ProgressDisplay live() {
    return new ProgressDisplay(out, clock, null, this::startTicks);
  }

  private ProgressDisplay plain(Duration heartbeat) {
    return new ProgressDisplay(out, clock, heartbeat, this::startTicks);
  }

  private Runnable startTicks(Runnable tick) {
    ticks = tick;
    return () -> stopped = true;
  }

  /** The next poll: {@code seconds} later, the batch's counters are {@code progress}. */
  private void pollAfter(long seconds, Consumer<BatchProgress> suite, BatchProgress progress) {
    clock.advance(Duration.ofSeconds(seconds));
    suite.accept(progress);
  }

  /** What the display's ticker does over {@code duration}: one tick per second. */
  private void tickFor(Duration duration) {
    for (long second = 0; second < duration.toSeconds(); second++) {
      clock.advance(ProgressDisplay.TICK);
      ticks.run();
    }
  }

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static BatchProgress progress(long successful, long failed, long total) {
    return BatchProgress.of(BatchRun.builder().batchId("batch_1")
        .successfulAttempts(successful).failedAttempts(failed).totalAttempts(total).build());
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-03-26T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
