package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.json;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.Fixtures.Mode;
import ai.sigmamind.sdk.models.BatchRun;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Waiting for a batch: completeness, backoff between polls, progress callbacks and the deadline. */
class BatchWaitTest extends MockServerTest {
  private final List<String> progress = new CopyOnWriteArrayList<>();
  private BatchRuns batchRuns;

  @BeforeEach
  void startHandle() {
    batchRuns = client.agent(AGENT_ID).batchRuns();
  }

  private void enqueueBatch(long successful, long failed, long total) {
    server.enqueue(json(200, Fixtures.batchRun("batch_1", successful, failed, total)));
  }

  private WaitOptions.Builder recordingProgress() {
    return WaitOptions.builder().onProgress(p -> progress.add(p.done() + "/" + p.total() + " (" + p.failed() + " failed)"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "0, 0, 0, false",
      "null, null, null, false",
      "0, 0, null, false",
      "1, 0, 4, false",
      "3, 0, 4, false",
      "3, 1, 4, true",
      "4, null, 4, true",
      "null, 4, 4, true",
      "5, 0, 4, true",
      "0, 0, 1, false"})
  void completenessIsSuccessfulPlusFailedReachingAPositiveTotal(Long successful, Long failed, Long total, boolean complete) {
    BatchRun batch = BatchRun.builder().batchId("b").successfulAttempts(successful).failedAttempts(failed).totalAttempts(total).build();

    assertThat(BatchProgress.of(batch).isComplete()).isEqualTo(complete);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theFixedSchedulePollsWithGrowingIntervalsAndReportsProgressWhenItChanges(Mode mode) {
    enqueueBatch(0, 0, 0);
    enqueueBatch(1, 0, 4);
    enqueueBatch(1, 0, 4);
    enqueueBatch(3, 1, 4);
    WaitOptions options = recordingProgress().adaptive(false).build();

    BatchRun done = mode.run(
        () -> batchRuns.waitForCompletion("batch_1", options),
        () -> batchRuns.waitForCompletionAsync("batch_1", options));

    assertThat(BatchProgress.of(done).isComplete()).isTrue();
    assertThat(progress).containsExactly("0/0 (0 failed)", "1/4 (0 failed)", "4/4 (1 failed)");
    assertThat(time.delays).containsExactly(ofSeconds(1), ofMillis(1500), ofMillis(2250));
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(Fixtures.take(server).getPath()).isEqualTo("/v1/batch-runs/batch_1?agentId=" + AGENT_ID);
  }

  @Test
  void intervalsAreCappedAtTheMaximum() {
    for (int i = 0; i < 5; i++) {
      enqueueBatch(0, 0, 4);
    }
    enqueueBatch(4, 0, 4);

    batchRuns.waitForCompletion("batch_1", WaitOptions.builder().maxInterval(ofSeconds(2)).build());

    assertThat(time.delays).containsExactly(ofSeconds(1), ofMillis(1500), ofSeconds(2), ofSeconds(2), ofSeconds(2));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theDeadlineEndsTheWaitWithTheLastState(Mode mode) {
    for (int i = 0; i < 10; i++) {
      enqueueBatch(i, 0, 40);
    }
    WaitOptions options = recordingProgress().timeout(ofSeconds(3)).adaptive(false).build();

    assertThatThrownBy(() -> mode.run(
        () -> batchRuns.waitForCompletion("batch_1", options),
        () -> batchRuns.waitForCompletionAsync("batch_1", options)))
        .isInstanceOfSatisfying(BatchWaitTimeoutException.class, e -> {
          assertThat(e.lastBatchRun().successfulAttempts()).isEqualTo(3L);
          assertThat(e).hasMessage("Batch batch_1 not complete after 3s: 3/40 runs judged");
        });

    // Waits never run past the deadline, where one last poll is made.
    assertThat(time.delays).containsExactly(ofSeconds(1), ofMillis(1500), ofMillis(500));
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(progress).hasSize(4);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void adaptiveWaitsFollowTheBatchsPace(Mode mode) {
    // 1 run judged per 10 s of 20: the second poll (after 1 s) sees none, the pace shows after 10 s.
    long[] done = {0, 0, 1, 2, 8, 15, 19, 20};
    for (long d : done) {
      enqueueBatch(d, 0, 20);
    }

    mode.run(() -> batchRuns.waitForCompletion("batch_1"), () -> batchRuns.waitForCompletionAsync("batch_1"));

    assertThat(server.getRequestCount()).isEqualTo(done.length);
    // Unknown pace: the fixed schedule. Then 0.4 of the predicted time left, beyond maxInterval.
    assertThat(time.delays.subList(0, 2)).containsExactly(ofSeconds(1), ofMillis(1500));
    assertThat(time.delays.get(2)).isGreaterThan(ofSeconds(15));
  }

  @Test
  void plannerFallsBackToTheFixedScheduleWhenTheBatchIsLate() {
    PollPlanner planner = new PollPlanner(WaitOptions.defaults());
    Instant start = FakeTime.START;

    assertThat(planner.next(progress(0), start)).isEqualTo(ofSeconds(1));
    assertThat(planner.next(progress(10), start.plusSeconds(100))).isEqualTo(ofSeconds(40));
    assertThat(planner.next(progress(14), start.plusSeconds(140))).isEqualTo(ofMillis(24_000));
    // Nothing more judged by 300 s, past even the stall-diluted prediction: 1 s, 1.5 s, ... up to 15 s.
    assertThat(planner.next(progress(14), start.plusSeconds(300))).isEqualTo(ofSeconds(1));
    assertThat(planner.next(progress(14), start.plusSeconds(301))).isEqualTo(ofMillis(1500));
    // Runs judged again: back to the prediction (1 run left at 19/303 per second: 0.75 of 15.9 s).
    assertThat(planner.next(progress(19), start.plusSeconds(303))).isEqualTo(ofMillis(11_960));
  }

  @Test
  void plannerCapsAdaptiveWaitsAtTwoMinutes() {
    PollPlanner planner = new PollPlanner(WaitOptions.defaults());

    planner.next(progress(0), FakeTime.START);

    assertThat(planner.next(progress(1), FakeTime.START.plusSeconds(60))).isEqualTo(PollPlanner.MAX_ADAPTIVE_WAIT);
  }

  private static BatchProgress progress(long done) {
    return BatchProgress.of(BatchRun.builder().batchId("b").successfulAttempts(done).failedAttempts(0L).totalAttempts(20L).build());
  }

  @Test
  void aFailingPollEndsTheWaitWithItsException() {
    enqueueBatch(0, 0, 4);
    server.enqueue(json(404, Fixtures.ERROR_404));

    assertThatThrownBy(() -> batchRuns.waitForCompletion("batch_1")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aThrowingProgressCallbackEndsTheWait() {
    enqueueBatch(0, 0, 4);
    WaitOptions options = WaitOptions.builder().onProgress(p -> {
      throw new IllegalStateException("stop");
    }).build();

    assertThatThrownBy(() -> batchRuns.waitForCompletion("batch_1", options)).hasMessage("stop");
  }

  @Test
  void realSchedulerWaitsWithoutBlocking() throws IOException {
    enqueueBatch(0, 0, 2);
    enqueueBatch(2, 0, 2);
    try (SigmaMindClient realTime = SigmaMindClient.builder()
        .apiKey(Fixtures.API_KEY).baseUrl(server.url("/").toString()).build()) {
      WaitOptions tiny = WaitOptions.builder().initialInterval(ofMillis(1)).maxInterval(ofMillis(1)).build();

      BatchRun done = Fixtures.await(realTime.agent(AGENT_ID).batchRuns().waitForCompletionAsync("batch_1", tiny));

      assertThat(done.successfulAttempts()).isEqualTo(2L);
    }
  }

  @Test
  void waitOptionsAreValidated() {
    assertThatThrownBy(() -> WaitOptions.builder().timeout(Duration.ZERO).build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> WaitOptions.builder().initialInterval(ofSeconds(20)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("exceeds maxInterval");
    assertThat(WaitOptions.defaults()).extracting(WaitOptions::timeout, WaitOptions::initialInterval, WaitOptions::maxInterval)
        .containsExactly(Duration.ofMinutes(30), ofSeconds(1), ofSeconds(15));
  }
}
