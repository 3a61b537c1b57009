package org.brandpulse.nlp.text;

/**
 * Finds emoji grapheme clusters: a pictographic base followed by variation selectors, skin-tone
 * modifiers, tag characters or a keycap mark, optionally joined to further emoji by ZERO WIDTH
 * JOINER; pairs of regional indicators (flags); keycaps ({@code 1️⃣}).
 *
 * <p>Java 17 has no {@code Extended_Pictographic} property, so the bases are the Unicode 15 emoji
 * blocks by range. Symbols that default to text presentation ({@code ©}, {@code ™}, arrows) count
 * only when followed by U+FE0F, as on the platforms that render them as emoji.
 */
public final class Emoji {
  private static final int ZWJ = 0x200D;
  private static final int VS16 = 0xFE0F;
  private static final int KEYCAP = 0x20E3;

  private Emoji() {}

  /** True when an emoji cluster starts at char index {@code i} of {@code s}. */
  public static boolean startsAt(CharSequence s, int i) {
    int cp = Character.codePointAt(s, i);
    if (isPictographic(cp) || isRegionalIndicator(cp)) {
      return true;
    }
    int after = i + Character.charCount(cp);
    int next = after < s.length() ? Character.codePointAt(s, after) : -1;
    if (isKeycapBase(cp)) {
      return next == KEYCAP
          || (next == VS16 && after + 1 < s.length() && s.charAt(after + 1) == (char) KEYCAP);
    }
    return next == VS16 && isTextDefault(cp);
  }

  /** The char index just after the emoji cluster starting at {@code i} (see {@link #startsAt}). */
  public static int clusterEnd(CharSequence s, int i) {
    int n = s.length();
    int cp = Character.codePointAt(s, i);
    int j = i + Character.charCount(cp);
    if (isRegionalIndicator(cp)) {
      if (j < n && isRegionalIndicator(Character.codePointAt(s, j))) {
        j += 2;
      }
      return j;
    }
    while (true) {
      while (j < n && isExtender(Character.codePointAt(s, j))) {
        j += Character.charCount(Character.codePointAt(s, j));
      }
      if (j + 1 < n && s.charAt(j) == ZWJ) {
        int after = Character.codePointAt(s, j + 1);
        if (isPictographic(after) || isTextDefault(after)) {
          j += 1 + Character.charCount(after);
          continue;
        }
      }
      return j;
    }
  }

  /** True for code points that are emoji in their own right (default emoji presentation). */
  public static boolean isPictographic(int cp) {
    if (cp < 0x2300) {
      return false;
    }
    if (cp < 0x10000) {
      return (cp >= 0x2600 && cp <= 0x27BF)
          || cp == 0x231A
          || cp == 0x231B
          || (cp >= 0x23E9 && cp <= 0x23F3)
          || (cp >= 0x23F8 && cp <= 0x23FA)
          || (cp >= 0x2B05 && cp <= 0x2B07)
          || cp == 0x2B1B
          || cp == 0x2B1C
          || cp == 0x2B50
          || cp == 0x2B55
          || cp == 0x3030
          || cp == 0x303D
          || cp == 0x3297
          || cp == 0x3299;
    }
    return (cp >= 0x1F000 && cp <= 0x1F0FF)
        || (cp >= 0x1F10D && cp <= 0x1F1E5)
        || (cp >= 0x1F200 && cp <= 0x1F6FF)
        || (cp >= 0x1F7E0 && cp <= 0x1F7FF)
        || (cp >= 0x1F900 && cp <= 0x1FAFF);
  }

  private static boolean isTextDefault(int cp) {
    return cp == 0xA9
        || cp == 0xAE
        || cp == 0x203C
        || cp == 0x2049
        || cp == 0x2122
        || cp == 0x2139
        || (cp >= 0x2194 && cp <= 0x21AA)
        || (cp >= 0x2300 && cp <= 0x23FF)
        || cp == 0x24C2
        || (cp >= 0x25AA && cp <= 0x25FE)
        || cp == 0x2934
        || cp == 0x2935;
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static boolean isKeycapBase(int cp) {
    return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
  }

  private static boolean isExtender(int cp) {
    return cp == VS16
        || cp == 0xFE0E
        || cp == KEYCAP
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }
}
