package ai.sigmamind.sdk;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The result of a multi-step async operation (waiting, reporting) and the steps in flight for it:
 * cancelling the result cancels them, and so their HTTP calls and scheduled waits.
 */
final class CancellationScope<T> {
  private final CompletableFuture<T> result = new CompletableFuture<>();
  private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();

  CancellationScope() {
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        inFlight.forEach(step -> step.cancel(true));
      }
    });
  }

  CompletableFuture<T> result() {
    return result;
  }

  /** Registers a step; cancelled at once if the result already is. */
  <S> CompletableFuture<S> track(CompletableFuture<S> step) {
    inFlight.add(step);
    step.whenComplete((value, error) -> inFlight.remove(step));
    if (result.isCancelled()) {
      step.cancel(true);
    }
    return step;
  }

  /** Completes the result with a value or with the unwrapped failure. */
  void complete(@Nullable T value, @Nullable Throwable error) {
    if (error != null) {
      result.completeExceptionally(Futures.unwrap(error));
    } else {
      result.complete(value);
    }
  }
}
