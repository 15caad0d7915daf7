package ai.sigmamind.sandbox;

import java.util.List;
import java.util.function.Function;

/**
 * The {@code page}/{@code size} query parameters of the paginated lists (zero-based page, default
 * 0; size 1–100, default 10) and the slice of a list they select.
 */
record Paging(int page, int size) {
  private static final int DEFAULT_SIZE = 10;
  private static final int MAX_SIZE = 100;

  /** One page of a list, with the envelope's counters. */
  record Slice<T>(List<T> data, int page, int size, long totalCount, int totalPages, boolean hasNext,
      boolean hasPrevious) {

    <R> Slice<R> map(Function<T, R> mapper) {
      return new Slice<>(data.stream().map(mapper).toList(), page, size, totalCount, totalPages, hasNext, hasPrevious);
    }
  }

  /** Reads the parameters; 400 for a non-integer, a negative page or a size outside 1–100. */
  static Paging of(Call call) {
    int page = integer(call, "page", 0);
    if (page < 0) {
      throw ApiException.badRequest("Parameter 'page' must be 0 or greater, was " + page);
    }
    int size = integer(call, "size", DEFAULT_SIZE);
    if (size < 1 || size > MAX_SIZE) {
      throw ApiException.badRequest("Parameter 'size' must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    return new Paging(page, size);
  }

  <T> Slice<T> slice(List<T> all) {
    long from = (long) page * size;
    List<T> data = from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
    int totalPages = (int) ((all.size() + (long) size - 1) / size);
    return new Slice<>(List.copyOf(data), page, size, all.size(), totalPages, page + 1L < totalPages, page > 0);
  }

  private static int integer(Call call, String name, int fallback) {
    String text = call.query(name);
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Parameter '" + name + "' must be an integer, was '" + text + "'");
    }
  }
}
