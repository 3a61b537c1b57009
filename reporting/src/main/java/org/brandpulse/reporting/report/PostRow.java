package org.brandpulse.reporting.report;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Author;

/**
 * A post in the "top posts" list. All text is shown escaped; the URL becomes a link only when it is
 * {@code http} or {@code https} (see {@link Links}).
 *
 * @param text the post text (clipped by the renderer)
 * @param author the author's display name or handle
 * @param reach the post's reach (views, or followers when views are unknown)
 * @param url the post's address, may be empty
 * @param source the source name, e.g. "mastodon"
 * @param publishedAt when it was published
 * @param sentiment the sentiment label, e.g. "negative", may be empty
 */
public record PostRow(
    String text,
    String author,
    long reach,
    String url,
    String source,
    Instant publishedAt,
    String sentiment) {

  public PostRow {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(sentiment, "sentiment");
    if (reach < 0) {
      throw new IllegalArgumentException("post " + url + " has negative reach " + reach);
    }
  }

  /**
   * The row of a stored post: its reach as the store ranks it ({@link AnalyzedPost#reach()}), the
   * author as {@code @handle} (the display name, or "unknown", without one).
   */
  public static PostRow of(AnalyzedPost p) {
    return new PostRow(
        p.post().text(),
        author(p.post().author()),
        p.reach(),
        p.post().url() == null ? "" : p.post().url(),
        p.post().source(),
        p.post().createdAt(),
        p.analysis().sentiment().label().name().toLowerCase(Locale.ROOT));
  }

  /** An author as the report shows one: {@code @handle}, else the display name, else "unknown". */
  public static String author(Author a) {
    return a.handle() != null ? "@" + a.handle() : a.name() != null ? a.name() : "unknown";
  }
}
