package org.brandpulse.ingest.source.timeline;

import java.util.Objects;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SkippedRecord;

/**
 * One post of a newest-first page with its place in the API's order.
 *
 * @param post the mapped post
 * @param key a fixed-width string that sorts like the API's order (greater is newer), e.g. the
 *     zero-padded status id or {@code epochSeconds:id}; compared with the high-water mark
 * @param skip why the post cannot be stored although its place and date are known (no text, a
 *     direct message), or null; {@link TimelineSource} reports it only when the post is inside the
 *     run's window
 */
public record TimelineItem(Post post, String key, SkippedRecord skip) {

  public TimelineItem {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("sort key of " + post.id() + " is blank");
    }
  }

  /** A post to deliver. */
  public TimelineItem(Post post, String key) {
    this(post, key, null);
  }
}
