package org.brandpulse.ingest.source;

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
 */
public record SourcePage(
    List<Post> posts, List<SkippedRecord> skipped, String nextCursor, boolean last) {

  public SourcePage {
    posts = List.copyOf(posts);
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(nextCursor, "nextCursor");
  }
}
