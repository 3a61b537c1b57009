package org.brandpulse.ingest.source;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.brandpulse.ingest.Post;

/**
 * One page read from a source.
 *
 * @param posts the posts, in the source's order
 * @param skipped records that could not be read, with where and why
 * @param nextCursor where to continue; never null
 * @param last true when the source has nothing more right now
 * @param outsideWindow items of this page that the source returned but left out because they were
 *     written before {@code windowStart} (not skipped records: nothing was wrong with them)
 * @param windowStart the oldest creation time the run of this page reads, or null when it has no
 *     time limit (a file, a feed, or a later run that reads back to what it already has)
 */
public record SourcePage(
    List<Post> posts,
    List<SkippedRecord> skipped,
    String nextCursor,
    boolean last,
    int outsideWindow,
    Instant windowStart) {

  public SourcePage {
    posts = List.copyOf(posts);
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(nextCursor, "nextCursor");
    if (outsideWindow < 0) {
      throw new IllegalArgumentException("outsideWindow must be >= 0, was " + outsideWindow);
    }
  }

  /** A page of a source without a time window. */
  public SourcePage(
      List<Post> posts, List<SkippedRecord> skipped, String nextCursor, boolean last) {
    this(posts, skipped, nextCursor, last, 0, null);
  }
}
