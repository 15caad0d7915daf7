package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Polls a batch until {@link BatchProgress#isComplete()} holds or the timeout passes. Between polls it
 * waits on the sleeper's timer, so no thread is blocked; {@link PollPlanner} says how long, and no
 * wait runs past the deadline, where one last poll is made.
 */
final class BatchWaiter {
  private final Supplier<CompletableFuture<BatchRun>> poll;
  private final WaitOptions options;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Instant deadline;
  private final CancellationScope<BatchRun> scope = new CancellationScope<>();
  private final PollPlanner planner;
  private @Nullable BatchProgress lastProgress;

  private BatchWaiter(Supplier<CompletableFuture<BatchRun>> poll, WaitOptions options, Clock clock, Sleeper sleeper) {
    this.poll = poll;
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
    this.deadline = clock.instant().plus(options.timeout());
    this.planner = new PollPlanner(options);
  }

  static CompletableFuture<BatchRun> start(
      Supplier<CompletableFuture<BatchRun>> poll, WaitOptions options, Clock clock, Sleeper sleeper) {
    BatchWaiter waiter = new BatchWaiter(poll, options, clock, sleeper);
    waiter.pollNow();
    return waiter.scope.result();
  }

  private void pollNow() {
    CompletableFuture<BatchRun> polled;
    try {
      polled = scope.track(poll.get());
    } catch (RuntimeException e) {
      scope.complete(null, e);
      return;
    }
    polled.whenComplete((batch, error) -> {
      if (error != null) {
        scope.complete(null, error);
        return;
      }
      try {
        onPolled(batch);
      } catch (RuntimeException e) {
        scope.complete(null, e);
      }
    });
  }

  private void onPolled(BatchRun batch) {
    BatchProgress progress = BatchProgress.of(batch);
    reportProgress(progress);
    if (progress.isComplete()) {
      scope.complete(batch, null);
      return;
    }
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      scope.complete(null, new BatchWaitTimeoutException(
          "Batch " + batch.batchId() + " not complete after " + DurationText.format(options.timeout()) + ": "
              + progress.done() + "/" + progress.total() + " runs judged", batch));
      return;
    }
    Duration planned = planner.next(progress, clock.instant());
    Duration wait = planned.compareTo(left) < 0 ? planned : left;
    scope.track(sleeper.delay(wait)).whenComplete((ignored, error) -> {
      if (error != null) {
        scope.complete(null, error);
      } else {
        pollNow();
      }
    });
  }

  private void reportProgress(BatchProgress progress) {
    BatchProgress last = lastProgress;
    boolean changed = last == null || last.successful() != progress.successful()
        || last.failed() != progress.failed() || last.total() != progress.total();
    lastProgress = progress;
    if (changed) {
      options.onProgress().accept(progress);
    }
  }
}
