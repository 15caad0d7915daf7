package ai.sigmamind.sdk;

/**
 * Which page of a list to fetch: zero-based {@code page} and {@code size} between 1 and {@value
 * #MAX_SIZE}.
 *
 * <pre>{@code
 * Page<BatchRun> newest = agent.batchRuns().list(PageRequest.of(0, 20));
 * }</pre>
 *
 * @param page zero-based page number, {@code >= 0}
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {
  /** The largest page size the SDK asks for (the server's own limit is undocumented). */
  public static final int MAX_SIZE = 100;

  /**
   * Checks the bounds.
   *
   * @param page zero-based page number, {@code >= 0}
   * @param size items per page, 1 to {@value #MAX_SIZE}
   * @throws IllegalArgumentException if {@code page < 0} or {@code size} is not within 1..{@value
   *     #MAX_SIZE}
   */
  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must be >= 0 but was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + " but was " + size);
    }
  }

  /**
   * Same as the constructor; reads better at call sites.
   *
   * @param page zero-based page number, {@code >= 0}
   * @param size items per page, 1 to {@value #MAX_SIZE}
   * @return the request
   * @throws IllegalArgumentException if {@code page < 0} or {@code size} is not within 1..{@value
   *     #MAX_SIZE}
   */
  public static PageRequest of(int page, int size) {
    return new PageRequest(page, size);
  }

  /**
   * The first page with the largest size, as {@code listAll()} starts.
   *
   * @return page 0 of size {@value #MAX_SIZE}
   */
  public static PageRequest firstOfMaxSize() {
    return new PageRequest(0, MAX_SIZE);
  }

  /**
   * The following page with the same size.
   *
   * @return page {@code page + 1} of the same size
   */
  public PageRequest next() {
    return new PageRequest(page + 1, size);
  }
}
