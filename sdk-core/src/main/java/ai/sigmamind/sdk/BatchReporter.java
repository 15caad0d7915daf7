package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.TestRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Gathers a {@link BatchReport} without blocking: the batch, all its runs page by page, then the
 * details of failed runs the list returned bare (no remarks, no transcript), a bounded number at a
 * time.
 */
final class BatchReporter {
  private final CancellationScope<BatchReport> scope = new CancellationScope<>();
  private final TestRuns testRuns;
  private final int maxConcurrency;

  private BatchReporter(TestRuns testRuns, int maxConcurrency) {
    this.testRuns = testRuns;
    this.maxConcurrency = maxConcurrency;
  }

  static CompletableFuture<BatchReport> gather(
      Supplier<CompletableFuture<BatchRun>> batch, TestRuns testRuns, int maxConcurrency) {
    BatchReporter reporter = new BatchReporter(testRuns, maxConcurrency);
    try {
      reporter.scope.track(batch.get())
          .thenCompose(fetched -> AutoPager.collectAsync(PageRequest.firstOfMaxSize(), page -> reporter.scope.track(testRuns.listAsync(page)))
              .thenCompose(reporter::withFailureDetails)
              .thenApply(runs -> BatchReport.of(fetched, runs)))
          .whenComplete(reporter.scope::complete);
    } catch (RuntimeException e) {
      reporter.scope.complete(null, e);
    }
    return reporter.scope.result();
  }

  private static boolean lacksDetails(TestRun run) {
    return Boolean.FALSE.equals(run.successful()) && run.remarks() == null && run.conversation().isEmpty();
  }

  /** The runs, with each bare failed run replaced by its details. */
  private CompletableFuture<List<TestRun>> withFailureDetails(List<TestRun> runs) {
    List<TestRun> result = new ArrayList<>(runs);
    List<Integer> bare = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      if (lacksDetails(runs.get(i))) {
        bare.add(i);
      }
    }
    CompletableFuture<List<TestRun>> done = new CompletableFuture<>();
    if (bare.isEmpty()) {
      done.complete(result);
      return done;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger remaining = new AtomicInteger(bare.size());
    Runnable fetchNext = new Runnable() {
      @Override
      public void run() {
        int slot = next.getAndIncrement();
        if (slot >= bare.size() || done.isDone()) {
          return;
        }
        int index = bare.get(slot);
        CompletableFuture<TestRun> detail;
        try {
          detail = scope.track(testRuns.getAsync(runs.get(index).jobId()));
        } catch (RuntimeException e) {
          done.completeExceptionally(e);
          return;
        }
        detail.whenComplete((run, error) -> {
          if (error != null) {
            done.completeExceptionally(error);
            return;
          }
          synchronized (result) {
            result.set(index, run);
          }
          if (remaining.decrementAndGet() == 0) {
            synchronized (result) {
              done.complete(List.copyOf(result));
            }
          } else {
            run();
          }
        });
      }
    };
    for (int i = 0; i < Math.min(maxConcurrency, bare.size()); i++) {
      fetchNext.run();
    }
    return done;
  }
}
