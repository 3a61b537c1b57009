package org.brandpulse.ingest.source.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Pattern;
import org.brandpulse.ingest.source.timeline.HtmlText;
import org.brandpulse.nlp.lang.LanguageIdentifier;
import org.brandpulse.nlp.text.Tokenizer;

/** Reads the parts of a feed entry a post needs. */
final class FeedEntries {

  /** A tag or an entity: RSS text holding one is HTML. */
  private static final Pattern HTML =
      Pattern.compile("<[a-zA-Z/!?][^<>]*>|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

  /** Script and function words only: no model to load, microseconds per item. */
  private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier(false);

  private FeedEntries() {}

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

  /**
   * Title, a blank line, then the summary (or else the content) as plain text: markup dropped,
   * entities decoded. Atom says whether a text is HTML ({@code type="html"}, {@code xhtml}) or
   * plain (the default), and plain text is kept as it is. RSS never says; its titles and
   * descriptions are taken as HTML when they hold a tag or an entity, as feed readers do.
   */
  static String text(SyndEntry entry, boolean atom) {
    SyndContent title = entry.getTitleEx();
    String heading = plain(entry.getTitle(), title == null ? null : title.getType(), atom);
    SyndContent summary = entry.getDescription();
    if (summary == null || blankToNull(summary.getValue()) == null) {
      summary = entry.getContents().isEmpty() ? null : entry.getContents().get(0);
    }
    String body = summary == null ? "" : plain(summary.getValue(), summary.getType(), atom);
    if (heading.isEmpty()) {
      return body;
    }
    return body.isEmpty() ? heading : heading + "\n\n" + body;
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

  /**
   * The feed's language for one item: kept when the item's text agrees with it or is too short to
   * tell, null when the text is plainly in another language (a Korean blog whose channel says
   * {@code en-us}), so no post carries a wrong explicit language; the analysis identifies it then.
   */
  static String language(String declared, String text) {
    if (declared == null) {
      return null;
    }
    String identified = LANGUAGES.identify(Tokenizer.tokenize(text), declared).language();
    return declared.equals(identified) ? declared : null;
  }

  private static String plain(String value, String type, boolean atom) {
    if (value == null) {
      return "";
    }
    boolean html = atom ? type != null && !type.equals("text") : HTML.matcher(value).find();
    return html ? HtmlText.toText(value) : value.replace("\r\n", "\n").strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
