package org.brandpulse.seoaudit.page;

/** Clips text for findings and error messages without splitting a surrogate pair. */
public final class Clip {

  private Clip() {}

  /**
   * {@code s} cut to at most {@code max} characters, with an ellipsis when cut; null stays null.
   */
  public static String clip(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int end = max - 1;
    if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }

  /** Whitespace (including non-breaking spaces) collapsed to single spaces and trimmed. */
  public static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Length in code points (an emoji counts one). */
  public static int length(String s) {
    return s == null ? 0 : s.codePointCount(0, s.length());
  }
}
