package org.brandpulse.reporting.alert;

import java.util.Locale;
import org.jsoup.nodes.Entities;

/** Escaping for the e-mail's HTML, CSV and subject. */
final class Escape {

  private Escape() {}

  /**
   * Text and attribute content: {@code & < > " '} and no-break spaces become entities (jsoup's
   * escaping, the one the whole product uses).
   */
  static String html(String s) {
    return s == null ? "" : Entities.escape(s);
  }

  /** A link target: only http(s) URLs pass, anything else (javascript:, data:) becomes null. */
  static String url(String s) {
    if (s == null) {
      return null;
    }
    String lower = s.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? s.strip() : null;
  }

  /**
   * A CSV cell that a spreadsheet shows as text: a leading {@code = + - @} (or tab, CR) gets a
   * {@code '} in front so it is not run as a formula. Quoting is the CSV printer's.
   */
  static String formulaSafe(String s) {
    if (s == null) {
      return "";
    }
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  /** A subject fragment: line breaks and control characters become spaces, clipped to max. */
  static String oneLine(String s, int max) {
    String flat = s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    if (flat.codePointCount(0, flat.length()) <= max) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
  }
}
