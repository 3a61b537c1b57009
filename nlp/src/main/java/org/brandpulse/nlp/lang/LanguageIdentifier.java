package org.brandpulse.nlp.lang;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.brandpulse.nlp.text.Token;

/**
 * A fast heuristic language identifier for short posts, good enough until a statistical model
 * replaces it.
 *
 * <p>Step one counts the letters of each script in the word tokens (ideographs and Hangul syllables
 * weigh three letters, as each is about a word). A dominant non-Latin script decides alone: Bengali
 * is {@code bn}, Arabic script {@code ar} (or {@code ur}/{@code fa} when their own letters appear),
 * Cyrillic {@code ru} (or {@code uk}), Han {@code zh}, with kana {@code ja}, Hangul {@code ko}, and
 * so on. Latin script is told apart by {@link StopWordProfiles} hits (plus ñ, ß, ã/õ); a language
 * must lead the runner-up, and a text of more than four words needs at least two hits. The result
 * is {@code und} when unsure. A caller's hint wins when the text is too short to judge (fewer than
 * three words), when Latin detection is unsure, and when it names a language of the detected script
 * ({@code as} for Bengali script, {@code ne} for Devanagari).
 */
public final class LanguageIdentifier {
  /** Language, and whether the text is mostly Latin script. */
  public record Result(String language, boolean latin) {}

  private static final String UND = "und";
  private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
  private static final Map<UnicodeScript, String> SCRIPT_LANGUAGE =
      new EnumMap<>(UnicodeScript.class);
  private static final Map<UnicodeScript, Set<String>> SCRIPT_FAMILY =
      new EnumMap<>(UnicodeScript.class);

  static {
    String[][] table = {
      {"BENGALI", "bn", "as mni"},
      {"ARABIC", "ar", "fa ur ps ku sd ug"},
      {"DEVANAGARI", "hi", "mr ne sa mai"},
      {"CYRILLIC", "ru", "uk bg sr be mk kk ky mn tg"},
      {"HAN", "zh", "ja"},
      {"HIRAGANA", "ja", ""},
      {"KATAKANA", "ja", ""},
      {"HANGUL", "ko", ""},
      {"THAI", "th", ""},
      {"GREEK", "el", ""},
      {"HEBREW", "he", "yi"},
      {"TAMIL", "ta", ""},
      {"TELUGU", "te", ""},
      {"GUJARATI", "gu", ""},
      {"GURMUKHI", "pa", ""},
      {"KANNADA", "kn", ""},
      {"MALAYALAM", "ml", ""},
      {"SINHALA", "si", ""},
      {"GEORGIAN", "ka", ""},
      {"ARMENIAN", "hy", ""},
      {"ETHIOPIC", "am", "ti"},
      {"MYANMAR", "my", ""},
      {"KHMER", "km", ""},
      {"LAO", "lo", ""},
      {"TIBETAN", "bo", "dz"},
      {"ORIYA", "or", ""},
      {"THAANA", "dv", ""}
    };
    for (String[] row : table) {
      UnicodeScript script = UnicodeScript.valueOf(row[0]);
      SCRIPT_LANGUAGE.put(script, row[1]);
      SCRIPT_FAMILY.put(script, Set.of((row[1] + " " + row[2]).trim().split(" ")));
    }
  }

  private final StopWordProfiles profiles;
  private final List<String> latinLanguages;

  /** An identifier over the bundled stop-word profiles. */
  public LanguageIdentifier() {
    this.profiles = StopWordProfiles.get();
    this.latinLanguages = profiles.languages();
  }

  /**
   * Identifies the language of a tokenized text.
   *
   * @param tokens the text's tokens
   * @param hint the language the source declared (ISO 639-1, BCP 47 accepted), or null
   */
  public Result identify(List<Token> tokens, String hint) {
    String h = normalizeHint(hint);
    int[] counts = new int[SCRIPTS.length];
    int words = 0;
    boolean urdu = false;
    boolean persian = false;
    boolean ukrainian = false;
    int[] hits = new int[latinLanguages.size()];
    for (Token t : tokens) {
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      words++;
      String w = t.lower();
      int mask = profiles.mask(w);
      for (int b = 0; mask != 0; b++, mask >>>= 1) {
        hits[b] += mask & 1;
      }
      for (int k = 0; k < w.length(); ) {
        int cp = w.codePointAt(k);
        k += Character.charCount(cp);
        if (cp < 0x250) {
          counts[UnicodeScript.LATIN.ordinal()] += Character.isLetter(cp) ? 1 : 0;
          addDiacriticHints(cp, hits);
          continue;
        }
        if (!Character.isLetter(cp)) {
          continue;
        }
        UnicodeScript script = UnicodeScript.of(cp);
        boolean wide =
            script == UnicodeScript.HAN
                || script == UnicodeScript.HANGUL
                || script == UnicodeScript.HIRAGANA
                || script == UnicodeScript.KATAKANA;
        counts[script.ordinal()] += wide ? 3 : 1;
        urdu |= cp == 0x0679 || cp == 0x0688 || cp == 0x0691 || cp == 0x06BA || cp == 0x06D2;
        persian |= cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF || cp == 0x06CC;
        ukrainian |= cp == 0x0456 || cp == 0x0457 || cp == 0x0454 || cp == 0x0491;
      }
    }
    int best = -1;
    for (int s = 0; s < counts.length; s++) {
      if (counts[s] > 0 && (best < 0 || counts[s] > counts[best])) {
        best = s;
      }
    }
    if (best < 0) {
      return new Result(h != null ? h : UND, false);
    }
    UnicodeScript script = SCRIPTS[best];
    if (script != UnicodeScript.LATIN) {
      String lang = nonLatin(script, counts, urdu, persian, ukrainian);
      Set<String> family = SCRIPT_FAMILY.get(script);
      boolean hintFits = h != null && family != null && family.contains(h);
      return new Result(hintFits ? h : lang, false);
    }
    String lang = words < 3 && h != null ? null : latin(hits, words);
    return new Result(lang != null ? lang : h != null ? h : UND, true);
  }

  private String nonLatin(
      UnicodeScript script, int[] counts, boolean urdu, boolean persian, boolean ukrainian) {
    switch (script) {
      case ARABIC:
        return urdu ? "ur" : persian ? "fa" : "ar";
      case CYRILLIC:
        return ukrainian ? "uk" : "ru";
      case HAN:
      case HIRAGANA:
      case KATAKANA:
      case HANGUL:
        if (counts[UnicodeScript.HANGUL.ordinal()] > 0) {
          return "ko";
        }
        return counts[UnicodeScript.HIRAGANA.ordinal()] + counts[UnicodeScript.KATAKANA.ordinal()]
                > 0
            ? "ja"
            : "zh";
      default:
        return SCRIPT_LANGUAGE.getOrDefault(script, UND);
    }
  }

  private String latin(int[] hits, int words) {
    int first = -1;
    int second = 0;
    for (int i = 0; i < hits.length; i++) {
      if (first < 0 || hits[i] > hits[first]) {
        second = first < 0 ? 0 : hits[first];
        first = i;
      } else if (hits[i] > second) {
        second = hits[i];
      }
    }
    int top = hits[first];
    if (top == 0 || top <= second || (top < 2 && words > 4)) {
      return null;
    }
    return latinLanguages.get(first);
  }

  private void addDiacriticHints(int cp, int[] hits) {
    String lang =
        switch (cp) {
          case 'ñ', '¿', '¡' -> "es";
          case 'ß' -> "de";
          case 'ã', 'õ' -> "pt";
          default -> null;
        };
    if (lang != null) {
      int i = latinLanguages.indexOf(lang);
      if (i >= 0) {
        hits[i]++;
      }
    }
  }

  private static String normalizeHint(String hint) {
    if (hint == null) {
      return null;
    }
    String h = hint.strip().toLowerCase(Locale.ROOT);
    int dash = h.indexOf('-') >= 0 ? h.indexOf('-') : h.indexOf('_');
    if (dash >= 0) {
      h = h.substring(0, dash);
    }
    if (h.length() < 2 || h.length() > 3 || h.equals(UND)) {
      return null;
    }
    for (int i = 0; i < h.length(); i++) {
      if (h.charAt(i) < 'a' || h.charAt(i) > 'z') {
        return null;
      }
    }
    return h;
  }
}
