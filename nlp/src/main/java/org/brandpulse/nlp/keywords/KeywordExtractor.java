package org.brandpulse.nlp.keywords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.nlp.text.Token;

/**
 * Key words and phrases of one text: lower-case word tokens that are not stop words (the {@link
 * StopWords#forLanguage stop list of the text's language}), URLs, numbers, mentions or single
 * letters (a trailing possessive {@code 's} is dropped), ranked by frequency; two-word phrases of
 * adjacent content words that occur at least twice rank just above words of the same frequency.
 * Ties go to the earlier one. Thread-safe.
 */
public final class KeywordExtractor {
  /** The most keywords one text gets. */
  public static final int MAX_KEYWORDS = 8;

  /** At most {@link #MAX_KEYWORDS} keywords, best first, of a text of unknown language. */
  public List<String> keywords(List<Token> tokens) {
    return keywords(tokens, null);
  }

  /**
   * At most {@link #MAX_KEYWORDS} keywords, best first.
   *
   * @param language the text's language (ISO 639-1), {@code und} or null when unknown
   */
  public List<String> keywords(List<Token> tokens, String language) {
    StopWords stopWords = StopWords.forLanguage(language);
    Map<String, int[]> counts = new HashMap<>();
    String[] words = new String[tokens.size()];
    boolean repeats = false;
    for (int i = 0; i < tokens.size(); i++) {
      words[i] = contentWord(tokens.get(i), stopWords);
      if (words[i] != null) {
        repeats |= count(counts, words[i], i, 0) > 1;
      }
    }
    // A phrase can only occur twice when both its words do: skip building phrases otherwise.
    for (int i = 1; repeats && i < words.length; i++) {
      if (words[i] != null
          && words[i - 1] != null
          && counts.get(words[i])[0] > 1
          && counts.get(words[i - 1])[0] > 1) {
        count(counts, words[i - 1] + " " + words[i], i - 1, 1);
      }
    }
    List<Map.Entry<String, int[]>> ranked = new ArrayList<>(counts.size());
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      if (c[2] == 0 || c[0] >= 2) {
        ranked.add(e);
      }
    }
    ranked.sort(
        (a, b) -> {
          int byScore = Integer.compare(score(b.getValue()), score(a.getValue()));
          return byScore != 0 ? byScore : Integer.compare(a.getValue()[1], b.getValue()[1]);
        });
    List<String> out = new ArrayList<>(Math.min(MAX_KEYWORDS, ranked.size()));
    for (int k = 0; k < ranked.size() && out.size() < MAX_KEYWORDS; k++) {
      out.add(ranked.get(k).getKey());
    }
    return out;
  }

  /** Frequency doubled, plus one for phrases: a phrase outranks words of equal frequency. */
  private static int score(int[] c) {
    return c[0] * 2 + c[2];
  }

  private static int count(Map<String, int[]> counts, String key, int position, int phrase) {
    int[] c = counts.get(key);
    if (c == null) {
      counts.put(key, new int[] {1, position, phrase});
      return 1;
    }
    return ++c[0];
  }

  private static String contentWord(Token t, StopWords stopWords) {
    if (t.kind() != Token.Kind.WORD) {
      return null;
    }
    String w = t.lower();
    if (w.endsWith("'s") && w.length() > 3) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.codePointCount(0, w.length()) < 2 || stopWords.contains(w)) {
      return null;
    }
    return w;
  }
}
