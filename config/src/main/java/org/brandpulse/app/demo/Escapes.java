package org.brandpulse.app.demo;

/** Minimal, correct escaping for the three output formats. */
final class Escapes {
  private Escapes() {}

  /** A JSON string literal, quotes included (RFC 8259 section 7). */
  static String json(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, quote, CR or LF.
   */
  static String csv(String field) {
    if (field == null) {
      return "";
    }
    boolean quote = false;
    for (int i = 0; i < field.length() && !quote; i++) {
      char c = field.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /**
   * XML character data or attribute value: the five special characters escaped, characters XML 1.0
   * forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) dropped.
   */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if ((c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF')
              || c == '\t'
              || c == '\n'
              || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
