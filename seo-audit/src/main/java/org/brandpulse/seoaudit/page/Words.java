package org.brandpulse.seoaudit.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.text.Fingerprint64;

/**
 * Splits text into lower-cased words: runs of letters, digits and combining marks (so Bengali vowel
 * signs stay inside their word). Han, Hiragana and Katakana characters count one word each, because
 * those scripts do not separate words with spaces.
 */
final class Words {

  private Words() {}

  /** The words of {@code text}, lower-cased with {@link Locale#ROOT}. */
  static List<String> of(CharSequence text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (isIdeograph(cp)) {
        flush(word, words);
        words.add(new String(Character.toChars(cp)));
      } else if (Character.isLetterOrDigit(cp) || isMark(cp) || (cp == '\'' && word.length() > 0)) {
        word.appendCodePoint(cp);
      } else {
        flush(word, words);
      }
    }
    flush(word, words);
    return words;
  }

  /** 64-bit hash of a string ({@link Fingerprint64}). */
  static long hash(CharSequence s) {
    return Fingerprint64.of(s);
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isIdeograph(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
