package org.brandpulse.reporting.complaints;

import java.time.Instant;
import java.util.Objects;

/**
 * A post by one of a brand's own handles that replies to a post or sits in a thread.
 *
 * @param postId the reply's post id
 * @param brand the brand whose handle wrote it
 * @param replyToId the post it answers, or null
 * @param threadId the first post of its thread, or null
 * @param createdAt when it was written
 */
public record OwnReply(
    String postId, String brand, String replyToId, String threadId, Instant createdAt) {

  public OwnReply {
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
