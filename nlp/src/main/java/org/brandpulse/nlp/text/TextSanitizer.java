package org.brandpulse.nlp.text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Makes arbitrary input safe and cheap to analyse: clips it, rejects binary, blanks control
 * characters and unpaired surrogates, and normalises Bengali and combining-accent text to NFC.
 */
public final class TextSanitizer {

  /** How many chars of a text the fast tier looks at; posts are far shorter. */
  public static final int DEFAULT_MAX_CHARS = 10_000;

  private TextSanitizer() {}

  /**
   * Cleans {@code raw}.
   *
   * @param raw the text, may be null
   * @param maxChars keep at most this many chars (never splitting a surrogate pair)
   * @return the clean text ({@code ""} for null), or empty when more than a tenth of the kept chars
   *     are NULs, control characters, non-characters or broken surrogates, i.e. the input is binary
   */
  public static Optional<String> sanitize(String raw, int maxChars) {
    if (raw == null || raw.isEmpty()) {
      return Optional.of("");
    }
    int limit = Math.min(raw.length(), Math.max(0, maxChars));
    if (limit > 0 && limit < raw.length() && Character.isHighSurrogate(raw.charAt(limit - 1))) {
      limit--;
    }
    int bad = 0;
    boolean needsNfc = false;
    StringBuilder out = null;
    for (int i = 0; i < limit; i++) {
      char c = raw.charAt(i);
      boolean drop;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < limit && Character.isLowSurrogate(raw.charAt(i + 1))) {
          if (out != null) {
            out.append(c).append(raw.charAt(i + 1));
          }
          i++;
          continue;
        }
        drop = true;
      } else {
        drop = isBad(c);
        needsNfc |= (c >= 0x0300 && c <= 0x036F) || (c >= 0x0980 && c <= 0x09FF);
      }
      if (drop) {
        bad++;
        if (out == null) {
          out = new StringBuilder(limit).append(raw, 0, i);
        }
        out.append(' ');
      } else if (out != null) {
        out.append(c);
      }
    }
    if (bad * 10L > limit) {
      return Optional.empty();
    }
    String text = out != null ? out.toString() : raw.substring(0, limit);
    return Optional.of(needsNfc ? Normalizer.normalize(text, Normalizer.Form.NFC) : text);
  }

  private static boolean isBad(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return (c >= 0x7F && c <= 0x9F)
        || Character.isLowSurrogate(c)
        || c == '\uFFFD'
        || c == '\uFFFE'
        || c == '\uFFFF'
        || c == '\uFEFF';
  }
}
