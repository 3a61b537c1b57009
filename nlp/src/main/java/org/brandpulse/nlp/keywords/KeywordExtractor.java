package org.brandpulse.nlp.keywords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.nlp.text.Token;

/**
 * Key words and phrases of one text: lower-case word tokens that are not stop words, URLs, numbers,
 * mentions or single letters (a trailing possessive {@code 's} is dropped), ranked by frequency;
 * two-word phrases of adjacent content words that occur at least twice rank just above words of the
 * same frequency. Ties go to the earlier one. Thread-safe.
 */
public final class KeywordExtractor {
  /** The most keywords one text gets. */
  public static final int MAX_KEYWORDS = 8;

  private final StopWords stopWords;

  /** An extractor over the bundled stop list. */
  public KeywordExtractor() {
    this.stopWords = StopWords.get();
  }

  /** At most {@link #MAX_KEYWORDS} keywords, best first. */
  public List<String> keywords(List<Token> tokens) {
    Map<String, int[]> counts = new HashMap<>();
    String previous = null;
    int previousIndex = -2;
    for (int i = 0; i < tokens.size(); i++) {
      String word = contentWord(tokens.get(i));
      if (word == null) {
        continue;
      }
      count(counts, word, i, 0);
      if (previousIndex == i - 1) {
        count(counts, previous + " " + word, i - 1, 1);
      }
      previous = word;
      previousIndex = i;
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

  private static void count(Map<String, int[]> counts, String key, int position, int phrase) {
    int[] c = counts.get(key);
    if (c == null) {
      counts.put(key, new int[] {1, position, phrase});
    } else {
      c[0]++;
    }
  }

  private String contentWord(Token t) {
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
