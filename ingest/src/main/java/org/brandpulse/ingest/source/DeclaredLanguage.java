package org.brandpulse.ingest.source;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the language a source declares for a post against the post's writing system. Servers tag
 * posts with their author's default language whatever they write (a Mastodon account set to
 * Japanese tags its English toots {@code ja}); a tag whose script is missing from the text is
 * dropped, so the analysis detects the language instead of trusting a wrong hint.
 *
 * <p>A tag is kept when at least a quarter of the text's letters are in one of its scripts (mixed
 * text such as Japanese with Latin brand names keeps its tag), when the text has no letters, and
 * when the language is not one this class knows the script of.
 */
public final class DeclaredLanguage {

  private static final Map<String, Set<UnicodeScript>> SCRIPTS = new HashMap<>();

  static {
    put(
        "af ca cs cy da de en eo es et eu fi fr ga gl hr hu id is it la lt lv ms mt nb nl nn no pl"
            + " pt ro sk sl sq sv sw tl tr vi",
        UnicodeScript.LATIN);
    put("ja", UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HAN);
    put("zh", UnicodeScript.HAN);
    put("ko", UnicodeScript.HANGUL, UnicodeScript.HAN);
    put("ar fa ur ps sd ug", UnicodeScript.ARABIC);
    put("ru uk be bg mk kk ky mn tg", UnicodeScript.CYRILLIC);
    put("he yi", UnicodeScript.HEBREW);
    put("el", UnicodeScript.GREEK);
    put("th", UnicodeScript.THAI);
    put("hi mr ne", UnicodeScript.DEVANAGARI);
    put("bn", UnicodeScript.BENGALI);
    put("pa", UnicodeScript.GURMUKHI);
    put("gu", UnicodeScript.GUJARATI);
    put("ta", UnicodeScript.TAMIL);
    put("te", UnicodeScript.TELUGU);
    put("kn", UnicodeScript.KANNADA);
    put("ml", UnicodeScript.MALAYALAM);
    put("si", UnicodeScript.SINHALA);
    put("ka", UnicodeScript.GEORGIAN);
    put("hy", UnicodeScript.ARMENIAN);
    put("am", UnicodeScript.ETHIOPIC);
  }

  private DeclaredLanguage() {}

  /** Each of the space-separated {@code codes} is written in the given scripts. */
  private static void put(String codes, UnicodeScript first, UnicodeScript... more) {
    for (String code : codes.split(" ")) {
      SCRIPTS.put(code, EnumSet.of(first, more));
    }
  }

  /**
   * The primary subtag of {@code tag} in lower case ({@code en-US} gives {@code en}), or null when
   * the tag is blank or the text's letters contradict it.
   */
  public static String check(String tag, String text) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String code = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    Set<UnicodeScript> scripts = SCRIPTS.get(code);
    if (scripts == null || text == null) {
      return code;
    }
    int letters = 0;
    int inScript = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (scripts.contains(UnicodeScript.of(cp))) {
          inScript++;
        }
      }
    }
    return letters == 0 || inScript * 4 >= letters ? code : null;
  }
}
