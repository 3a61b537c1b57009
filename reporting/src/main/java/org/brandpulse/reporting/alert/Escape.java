package org.brandpulse.reporting.alert;

import java.util.Locale;

/** Escaping for the e-mail's HTML, CSV and subject. */
final class Escape {

  private Escape() {}

  /** Text and attribute content: {@code & < > " '} become entities. */
  static String html(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
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
   * One CSV field (RFC 4180 quoting); a leading {@code = + - @} is prefixed with {@code '} so
   * spreadsheets do not run it as a formula.
   */
  static String csv(String s) {
    if (s == null) {
      return "";
    }
    String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
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
