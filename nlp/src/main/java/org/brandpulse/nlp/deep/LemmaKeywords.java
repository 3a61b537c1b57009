package org.brandpulse.nlp.deep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.nlp.keywords.KeywordExtractor;
import org.brandpulse.nlp.keywords.StopWords;

/**
 * Keywords from lemmas: the lower-case lemmas of nouns ({@code NN*}) and adjectives ({@code JJ*})
 * that are not stop words, with at least two letters, and made of letters (with their combining
 * marks), digits, apostrophes and hyphens only (so no URLs, handles or hashtags); ranked by
 * frequency, ties to the earlier; at most {@link KeywordExtractor#MAX_KEYWORDS}, the fast tier's
 * limit. Lemmas merge "prices" and "price" where the fast tier cannot.
 */
final class LemmaKeywords {
  /** One token: its lemma and Penn Treebank part of speech. */
  record Word(String lemma, String pos) {}

  private LemmaKeywords() {}

  /** Keywords of a text's words, best first. */
  static List<String> keywords(List<Word> words) {
    StopWords stop = StopWords.get();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Word w : words) {
      if (w.pos() == null || w.lemma() == null) {
        continue;
      }
      if (!w.pos().startsWith("NN") && !w.pos().startsWith("JJ")) {
        continue;
      }
      String lemma = w.lemma().toLowerCase(Locale.ROOT);
      if (isContentWord(lemma) && !stop.contains(lemma)) {
        counts.merge(lemma, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    // List.sort is stable, so equal counts keep their order of first appearance.
    ranked.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ranked.size() && out.size() < KeywordExtractor.MAX_KEYWORDS; i++) {
      out.add(ranked.get(i).getKey());
    }
    return out;
  }

  private static boolean isContentWord(String lemma) {
    int letters = 0;
    for (int i = 0; i < lemma.length(); ) {
      int cp = lemma.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
      } else if (!Character.isDigit(cp) && !isMark(cp) && cp != '\'' && cp != '-') {
        return false;
      }
    }
    return letters >= 2;
  }

  /** Vowel signs and viramas of Indic scripts, and combining accents. */
  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
