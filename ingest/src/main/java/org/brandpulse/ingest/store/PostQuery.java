package org.brandpulse.ingest.store;

import java.util.Objects;

/**
 * A search: an optional full-text query over post text in Lucene query syntax, a filter, an order
 * and a page.
 *
 * @param text Lucene query syntax over the post text, or null for all posts
 * @param filter which posts
 * @param sort order
 * @param size page size, 1 to 10,000
 * @param after the {@link PostPage#next()} token of the previous page, or null for the first page
 */
public record PostQuery(String text, PostFilter filter, PostSort sort, int size, String after) {

  public PostQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sort, "sort");
    if (size < 1 || size > 10_000) {
      throw new IllegalArgumentException("page size must be 1 to 10000, was " + size);
    }
    if (text != null && text.isBlank()) {
      text = null;
    }
  }

  /** The first page of posts matching a filter, newest first. */
  public static PostQuery of(PostFilter filter, int size) {
    return new PostQuery(null, filter, PostSort.NEWEST, size, null);
  }

  public PostQuery after(String token) {
    return new PostQuery(text, filter, sort, size, token);
  }
}
