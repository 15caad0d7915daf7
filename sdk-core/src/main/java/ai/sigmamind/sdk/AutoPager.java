package ai.sigmamind.sdk;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a paged list, fetching each page only when iteration reaches it. Each {@link
 * #iterator()} (and each {@link #stream()}) starts over from the first page; nothing is fetched
 * before iteration starts. Iterators are not thread-safe. A failed page fetch throws the call's
 * {@link SigmaMindException} from {@code hasNext()}/{@code next()}.
 *
 * <pre>{@code
 * for (BatchRun batch : agent.batchRuns().listAll()) {
 *   System.out.println(batch.batchId());
 * }
 * List<TestRun> failed = agent.testRuns(batchId).listAll().stream()
 *     .filter(run -> Boolean.FALSE.equals(run.successful()))
 *     .toList();
 * }</pre>
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final PageRequest first;
  private final Function<PageRequest, Page<T>> fetch;

  AutoPager(PageRequest first, Function<PageRequest, Page<T>> fetch) {
    this.first = first;
    this.fetch = fetch;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private @Nullable Page<T> page;
      private Iterator<T> items = List.<T>of().iterator();

      @Override
      public boolean hasNext() {
        while (!items.hasNext()) {
          Optional<PageRequest> next = page == null ? Optional.of(first) : page.nextPageRequest();
          if (next.isEmpty()) {
            return false;
          }
          page = fetch.apply(next.get());
          items = page.items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
  }

  /**
   * The items as a sequential, lazy stream.
   *
   * @return a stream that starts over from the first page and fetches pages as it is consumed
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** Every item, fetching page after page without blocking a thread. */
  static <T> CompletableFuture<List<T>> collectAsync(
      PageRequest first, Function<PageRequest, CompletableFuture<Page<T>>> fetch) {
    return collectFrom(first, fetch, new ArrayList<>());
  }

  private static <T> CompletableFuture<List<T>> collectFrom(
      PageRequest request, Function<PageRequest, CompletableFuture<Page<T>>> fetch, List<T> collected) {
    return fetch.apply(request).thenCompose(page -> {
      collected.addAll(page.items());
      return page.nextPageRequest()
          .map(next -> collectFrom(next, fetch, collected))
          .orElseGet(() -> CompletableFuture.completedFuture(collected));
    });
  }

  @Override
  public String toString() {
    return "AutoPager{from " + first + "}";
  }
}
