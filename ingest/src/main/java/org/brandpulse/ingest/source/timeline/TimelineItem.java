package org.brandpulse.ingest.source.timeline;

import java.util.Objects;
import org.brandpulse.ingest.Post;

/**
 * One post of a newest-first page with its place in the API's order.
 *
 * @param post the mapped post
 * @param key a fixed-width string that sorts like the API's order (greater is newer), e.g. the
 *     zero-padded status id or {@code epochSeconds:id}; compared with the high-water mark
 */
public record TimelineItem(Post post, String key) {

  public TimelineItem {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("sort key of " + post.id() + " is blank");
    }
  }
}
