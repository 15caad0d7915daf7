package ai.sigmamind.sdk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/** Glue between futures and blocking callers. */
final class Futures {
  private Futures() {
  }

  /**
   * Blocks for the result; rethrows the failure as thrown (unwrapped). An interrupt cancels the
   * future, keeps the thread's interrupt flag and throws a SigmaMindException.
   */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new SigmaMindException("Interrupted while waiting for SigmaMind", e);
    } catch (ExecutionException e) {
      throw asUnchecked(unwrap(e));
    }
  }

  /** {@code source.thenApply(mapper)}, where cancelling the result also cancels {@code source}. */
  static <T, R> CompletableFuture<R> map(CompletableFuture<T> source, Function<T, R> mapper) {
    CompletableFuture<R> mapped = source.thenApply(mapper);
    mapped.whenComplete((value, error) -> {
      if (mapped.isCancelled()) {
        source.cancel(true);
      }
    });
    return mapped;
  }

  /** The failure inside CompletionException/ExecutionException wrappers. */
  static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static RuntimeException asUnchecked(Throwable error) {
    if (error instanceof RuntimeException) {
      return (RuntimeException) error;
    }
    if (error instanceof Error) {
      throw (Error) error;
    }
    return new SigmaMindException("SigmaMind call failed: " + error, error);
  }
}
