package org.newsgraph.store.query;

/**
 * Which hits to return: how many, in what order, and after which cursor.
 *
 * @param after the {@link Hits#next()} cursor of the previous page, or null for the first page
 */
public record Page(int limit, SortOrder sort, String after) {

  public static final int MAX_LIMIT = 10_000;

  public Page {
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
    }
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  public static Page first(int limit, SortOrder sort) {
    return new Page(limit, sort, null);
  }

  /** The page that follows {@code hits} in the same order. */
  public Page next(Hits<?> hits) {
    return new Page(limit, sort, hits.next());
  }
}
