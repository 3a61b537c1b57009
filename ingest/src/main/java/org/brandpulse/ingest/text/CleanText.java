package org.brandpulse.ingest.text;

/**
 * Makes untrusted text safe to store anywhere: NUL and the other C0/C1 control characters but tab,
 * line feed and carriage return are dropped (PostgreSQL refuses 0x00 in text, and none of them
 * carries meaning in a post), and lone surrogates, which no encoder can write, become U+FFFD. Text
 * that needs no change is returned as is, without copying.
 */
public final class CleanText {

  private CleanText() {}

  /** The text without control characters and with lone surrogates replaced; null stays null. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    int i = 0;
    int n = text.length();
    while (i < n && acceptable(text, i)) {
      i += Character.isHighSurrogate(text.charAt(i)) ? 2 : 1;
    }
    if (i >= n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else if (!isControl(c)) {
        out.append(c);
      }
      i++;
    }
    return out.toString();
  }

  private static boolean acceptable(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return !Character.isSurrogate(c) && !isControl(c);
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }
}
