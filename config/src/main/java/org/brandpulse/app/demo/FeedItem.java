package org.brandpulse.app.demo;

import java.time.Instant;
import java.util.Objects;

/**
 * One planned news item or blog entry.
 *
 * @param id the RSS guid or Atom id
 * @param title plain-text title
 * @param summaryHtml the summary as HTML (escaped when written)
 * @param link the article's address
 * @param author the writer, or null
 * @param published when it was published
 * @param updated when it was last changed (Atom), not before {@code published}
 * @param lang ISO 639-1 code of the text
 */
record FeedItem(
    String id,
    String title,
    String summaryHtml,
    String link,
    String author,
    Instant published,
    Instant updated,
    String lang) {
  FeedItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summaryHtml, "summaryHtml");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    if (!Brand.mentionedIn(title + "\n\n" + summaryHtml)) {
      throw new IllegalStateException("demo feed item " + id + " names no brand: " + title);
    }
  }
}
