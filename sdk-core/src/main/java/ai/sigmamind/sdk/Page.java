package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunPage;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.sdk.models.TestRunPage;
import java.util.List;
import java.util.Optional;

/**
 * One page of a list, as the server returned it.
 *
 * <pre>{@code
 * Page<BatchRun> page = agent.batchRuns().list(PageRequest.of(0, 20));
 * page.items().forEach(batch -> System.out.println(batch.batchId()));
 * if (page.hasNext()) { ... }
 * }</pre>
 *
 * @param items the items on this page (unmodifiable)
 * @param page zero-based number of this page
 * @param size the page size the server used
 * @param totalCount items over all pages
 * @param totalPages number of pages
 * @param hasNext whether a following page exists
 * @param hasPrevious whether a preceding page exists
 * @param <T> the item type
 */
public record Page<T>(
    List<T> items, int page, int size, long totalCount, int totalPages, boolean hasNext, boolean hasPrevious) {

  /**
   * Copies {@code items}.
   *
   * @param items the items on this page; copied, no null elements
   * @param page zero-based number of this page
   * @param size the page size the server used
   * @param totalCount items over all pages
   * @param totalPages number of pages
   * @param hasNext whether a following page exists
   * @param hasPrevious whether a preceding page exists
   */
  public Page {
    items = List.copyOf(items);
  }

  /**
   * The request for the following page, or empty when there is none. An empty page ends the list
   * even if it claims a successor, so a confused server cannot make a pager loop forever.
   *
   * @return page {@code page + 1} with this page's size (capped at {@value PageRequest#MAX_SIZE}),
   *     or empty
   */
  public Optional<PageRequest> nextPageRequest() {
    return hasNext && !items.isEmpty() ? Optional.of(PageRequest.of(page + 1, Math.max(1, Math.min(size, PageRequest.MAX_SIZE)))) : Optional.empty();
  }

  static Page<BatchRun> of(BatchRunPage page) {
    return new Page<>(page.data(), page.page(), page.size(), page.totalCount(), page.totalPages(), page.hasNext(), page.hasPrevious());
  }

  static Page<TestRun> of(TestRunPage page) {
    return new Page<>(page.data(), page.page(), page.size(), page.totalCount(), page.totalPages(), page.hasNext(), page.hasPrevious());
  }
}
