package org.brandpulse.ingest.store;

/** Orders for search results; ties are broken by post id so paging is stable. */
public enum PostSort {
  /** Newest first by created-at. */
  NEWEST,
  /** Oldest first by created-at. */
  OLDEST,
  /** Highest {@code AnalyzedPost.reach()} first. */
  REACH,
  /** Best text match first (only meaningful with a text query). */
  RELEVANCE
}
