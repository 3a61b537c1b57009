package org.brandpulse.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * One post as a source delivered it.
 *
 * @param id stable id {@code source:nativeId}; see {@link #id(String, String)}
 * @param source the source key, e.g. {@code mastodon@mastodon.social}, {@code reddit}, {@code
 *     hackernews}, {@code bluesky}, {@code rss}, {@code file:shop-export}
 * @param url link to the post, or null
 * @param author who wrote it
 * @param text the text (for feeds: title and summary), never null
 * @param language ISO 639-1 code when the source gives it, else null
 * @param createdAt when it was written
 * @param threadId id (same form as {@code id}) of the thread's first post, or null
 * @param replyToId id (same form as {@code id}) of the post this replies to, or null
 * @param engagement likes, shares, replies
 * @param fetchedAt when Brandpulse fetched it (the ingest run's time, so a restarted run writes the
 *     same value)
 */
public record Post(
    String id,
    String source,
    String url,
    Author author,
    String text,
    String language,
    Instant createdAt,
    String threadId,
    String replyToId,
    Engagement engagement,
    Instant fetchedAt) {

  public Post {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    if (!id.startsWith(source + ":") || id.length() == source.length() + 1) {
      throw new IllegalArgumentException(
          "post id must be '" + source + ":<nativeId>', was '" + id + "'");
    }
    author = author == null ? Author.UNKNOWN : author;
    engagement = engagement == null ? Engagement.NONE : engagement;
  }

  /** The stable id of a post: {@code source:nativeId}. */
  public static String id(String source, String nativeId) {
    if (nativeId == null || nativeId.isBlank()) {
      throw new IllegalArgumentException("native id of a post from " + source + " is empty");
    }
    return source + ":" + nativeId;
  }

  /** The source's own id: the part after {@code source:}. */
  public String nativeId() {
    return id.substring(source.length() + 1);
  }

  /** True when this post replies to another. */
  public boolean isReply() {
    return replyToId != null;
  }
}
