package org.brandpulse.ingest.source.file;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Whether a post's text in an export is HTML-escaped. Twitter's v1 API (and exports built on it)
 * write {@code &} as {@code &amp;}, {@code <} as {@code &lt;} and {@code >} as {@code &gt;}; left
 * alone, those entities reach the report as text. A {@link FieldMapping} says how to treat them;
 * decoding happens once, where the text enters, so {@code &amp;lt;} becomes {@code &lt;}, never
 * {@code <}.
 *
 * <p>Entities are decoded only in their complete form: {@code &name;} for an HTML named entity,
 * {@code &#NN;} or {@code &#xHH;} for a valid code point other than NUL and surrogates. Anything
 * else (a lone {@code &}, {@code &copy} without its semicolon, {@code &#0;}) stays as it is.
 */
public enum HtmlEntities {

  /** The text is taken as it is. */
  KEEP,

  /** The platform escapes text (Twitter v1): every entity is decoded. */
  DECODE,

  /**
   * Decodes a text only when it is clearly escaped: it holds at least one entity, every {@code &}
   * begins one, and it has no raw {@code <} or {@code >} (which an escaping platform would have
   * written as entities). A text that mixes raw and escaped characters is kept as it is.
   */
  DECODE_IF_ESCAPED;

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");

  /** The text as this setting says; null stays null. */
  public String apply(String text) {
    if (text == null || this == KEEP || text.indexOf('&') < 0) {
      return text;
    }
    if (this == DECODE_IF_ESCAPED && (text.indexOf('<') >= 0 || text.indexOf('>') >= 0)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    Matcher m = ENTITY.matcher(text);
    int done = 0;
    long decoded = 0;
    while (m.find()) {
      String value = decode(m);
      if (value != null) {
        out.append(text, done, m.start()).append(value);
        done = m.end();
        decoded++;
      }
    }
    if (this == DECODE_IF_ESCAPED && decoded != text.chars().filter(c -> c == '&').count()) {
      return text; // a stray '&': not escaped text
    }
    return out.append(text, done, text.length()).toString();
  }

  private static String decode(Matcher m) {
    if (m.group(3) != null) {
      return Entities.isNamedEntity(m.group(3)) ? Entities.getByName(m.group(3)) : null;
    }
    int codePoint =
        m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
    boolean valid =
        codePoint > 0
            && Character.isValidCodePoint(codePoint)
            && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    return valid ? Character.toString(codePoint) : null;
  }
}
