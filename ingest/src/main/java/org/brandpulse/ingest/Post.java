package org.brandpulse.ingest;

import java.time.Instant;
import java.util.Objects;
import org.brandpulse.ingest.text.CleanText;

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
    // untrusted text is made storable here, once, for every store and table downstream
    text = CleanText.of(text);
    url = CleanText.of(url);
    id = CleanText.of(id);
    threadId = CleanText.of(threadId);
    replyToId = CleanText.of(replyToId);
    language = CleanText.of(language);
    if (!id.startsWith(source + ":") || id.length() == source.length() + 1) {
      throw new IllegalArgumentException(
          "post id must be '" + source + ":<nativeId>', was '" + id + "'");
    }
    author = author == null ? Author.UNKNOWN : author;
    engagement = engagement == null ? Engagement.NONE : engagement;
  }

  /**
   * The stable id of a post: {@code source:nativeId}. A numeric id that a spreadsheet tool wrote as
   * a float ({@code 3395.0}) is the same id as {@code 3395}, so replies and threads still link up.
   */
  public static String id(String source, String nativeId) {
    if (nativeId == null || nativeId.isBlank()) {
      throw new IllegalArgumentException("native id of a post from " + source + " is empty");
    }
    return source + ":" + normalizeNativeId(nativeId.strip());
  }

  /** {@code 3395.0} and {@code 3395.00} become {@code 3395}; every other id stays as it is. */
  static String normalizeNativeId(String nativeId) {
    int dot = nativeId.indexOf('.');
    if (dot <= 0 || dot == nativeId.length() - 1) {
      return nativeId;
    }
    for (int i = 0; i < nativeId.length(); i++) {
      char c = nativeId.charAt(i);
      boolean ok = i < dot ? c >= '0' && c <= '9' : i == dot || c == '0';
      if (!ok) {
        return nativeId;
      }
    }
    return nativeId.substring(0, dot);
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
