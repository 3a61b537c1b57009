package org.brandpulse.ingest.source.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.jsoup.Jsoup;

/** Parses feed documents with Rome (DOCTYPEs refused, so no XXE) and reads their entries. */
final class FeedEntries {

  private FeedEntries() {}

  /** A feed document that could not be parsed. */
  static final class BadFeedException extends Exception {
    private static final long serialVersionUID = 1L;

    BadFeedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static SyndFeed parse(byte[] bytes, String contentType) throws BadFeedException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    try (XmlReader reader =
        contentType == null
            ? new XmlReader(new ByteArrayInputStream(bytes))
            : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
      return input.build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new BadFeedException(
          "not an RSS or Atom feed (" + e.getMessage() + "), expected RSS 0.9x/1.0/2.0 or Atom", e);
    }
  }

  /** The item's guid or Atom id, else its link; null when it has neither. */
  static String nativeId(SyndEntry entry) {
    String uri = blankToNull(entry.getUri());
    return uri != null ? uri : blankToNull(entry.getLink());
  }

  /** Published, else updated; null when it has neither. */
  static Instant date(SyndEntry entry) {
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant();
  }

  /** Title, a blank line, then the summary (or else the content) as plain text. */
  static String text(SyndEntry entry) {
    String title = plain(entry.getTitle());
    SyndContent summary = entry.getDescription();
    if (summary == null || blankToNull(summary.getValue()) == null) {
      summary = entry.getContents().isEmpty() ? null : entry.getContents().get(0);
    }
    String body = summary == null ? "" : plain(summary.getValue());
    if (title.isEmpty()) {
      return body;
    }
    return body.isEmpty() ? title : title + "\n\n" + body;
  }

  /** dc:creator or the first author's name. */
  static String author(SyndEntry entry) {
    String author = blankToNull(entry.getAuthor());
    if (author == null && !entry.getAuthors().isEmpty()) {
      author = blankToNull(entry.getAuthors().get(0).getName());
    }
    return author;
  }

  /** The feed's language as an ISO 639-1 code ({@code en-us} → {@code en}), or null. */
  static String language(SyndFeed feed) {
    String language = blankToNull(feed.getLanguage());
    if (language == null) {
      return null;
    }
    String code = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return code.length() == 2 ? code : null;
  }

  private static String plain(String html) {
    return html == null ? "" : Jsoup.parse(html).text().strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
