package org.brandpulse.nlp.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.nlp.text.Resources;

/**
 * VADER's word valences ({@code vader_lexicon.txt}, 7,500 entries, -4..+4) and emoji descriptions
 * ({@code emoji_utf8_lexicon.txt}), both MIT licensed (see {@code LICENSE-vader.txt}). Immutable
 * once loaded; {@link #get()} loads it once, lazily.
 */
public final class VaderLexicon {
  private final Map<String, Double> valences;
  private final Map<Integer, String> emojiByCodePoint;
  private final Map<String, String> emojiBySequence;

  private VaderLexicon() {
    List<String> lines = Resources.lines(VaderLexicon.class, "vader_lexicon.txt", false);
    valences = new HashMap<>(lines.size() * 2);
    for (int i = 0; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t");
      if (cols.length < 2) {
        throw Resources.badLine(
            VaderLexicon.class, "vader_lexicon.txt", i, lines.get(i), "token<TAB>valence");
      }
      try {
        valences.put(cols[0], Double.parseDouble(cols[1]));
      } catch (NumberFormatException e) {
        throw Resources.badLine(
            VaderLexicon.class, "vader_lexicon.txt", i, lines.get(i), "a decimal valence");
      }
    }
    List<String> emoji = Resources.lines(VaderLexicon.class, "emoji_utf8_lexicon.txt", false);
    emojiByCodePoint = new HashMap<>(emoji.size() * 2);
    emojiBySequence = new HashMap<>(emoji.size() * 2);
    for (int i = 0; i < emoji.size(); i++) {
      String line = emoji.get(i);
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw Resources.badLine(
            VaderLexicon.class, "emoji_utf8_lexicon.txt", i, line, "emoji<TAB>description");
      }
      String key = line.substring(0, tab);
      String description = line.substring(tab + 1).strip();
      emojiBySequence.putIfAbsent(key, description);
      if (key.codePointCount(0, key.length()) == 1) {
        emojiByCodePoint.put(key.codePointAt(0), description);
      }
    }
  }

  private static final class Holder {
    static final VaderLexicon INSTANCE = new VaderLexicon();
  }

  /** The shared lexicon, loaded on first use. */
  public static VaderLexicon get() {
    return Holder.INSTANCE;
  }

  /** The valence of a lower-case token, or null when it is not in the lexicon. */
  public Double valence(String lowerToken) {
    return valences.get(lowerToken);
  }

  /** True when the lower-case token is in the lexicon. */
  public boolean contains(String lowerToken) {
    return valences.containsKey(lowerToken);
  }

  /** The description of a single-code-point emoji ("red heart"), or null. */
  public String describe(int codePoint) {
    return emojiByCodePoint.get(codePoint);
  }

  /**
   * The description of a whole emoji cluster as found by the tokenizer, falling back to its first
   * code point ("thumbs up" for a thumbs up with a skin tone), or null.
   */
  public String describe(String cluster) {
    String d = emojiBySequence.get(cluster);
    if (d == null && cluster.indexOf('\uFE0F') >= 0) {
      d = emojiBySequence.get(cluster.replace("\uFE0F", ""));
    }
    return d != null ? d : emojiByCodePoint.get(cluster.codePointAt(0));
  }
}
