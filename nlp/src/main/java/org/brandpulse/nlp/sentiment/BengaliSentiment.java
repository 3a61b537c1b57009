package org.brandpulse.nlp.sentiment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brandpulse.nlp.text.Token;

/**
 * A VADER-style lexicon scorer for Bengali. Each word found in the {@link BengaliLexicon} (directly
 * or after stripping a common inflection such as -টা, -গুলো, -ের, -তে) contributes its valence; a
 * preceding booster (খুব, অনেক) adds {@link VaderRules#B_INCR}; negation multiplies by {@link
 * VaderRules#N_SCALAR}. Bengali negates after the verb or adjective, so the scorer looks at the two
 * following words (ভালো না, ভালো লাগেনি), the preceding word, and the word's own negative suffix
 * (-নি, -না: পারিনি, ভালোনা). The sum is left unnormalised for the caller to add emoji valence.
 */
public final class BengaliSentiment {
  private static final String[] SUFFIXES =
      nfc(
          "গুলোতে", "গুলোর", "গুলো", "গুলি", "দেরকে", "দের", "টার", "টির", "টাই", "টা", "টি",
          "খানা", "য়ের", "য়ে", "েরা", "রা", "ের", "কে", "তে", "েই", "র", "ে", "ই", "ও", "য়");
  private static final String[] NEGATIVE_SUFFIXES = nfc("নি", "না", "নাই");

  // SUFFIXES by their last letter (all in the Bengali block), in their order: a word is only
  // compared with the suffixes that end in its own last letter.
  private static final char BENGALI_BLOCK = '\u0980';
  private static final String[] NONE = {};
  private static final String[][] BY_LAST = byLastLetter();

  private static String[][] byLastLetter() {
    String[][] table = new String[128][];
    Arrays.fill(table, NONE);
    for (String suffix : SUFFIXES) {
      int c = suffix.charAt(suffix.length() - 1) - BENGALI_BLOCK;
      if (c < 0 || c >= table.length) {
        throw new IllegalStateException("suffix outside the Bengali block: " + suffix);
      }
      String[] row = Arrays.copyOf(table[c], table[c].length + 1);
      row[row.length - 1] = suffix;
      table[c] = row;
    }
    return table;
  }

  private final BengaliLexicon lexicon;

  /** A scorer over the given lexicon. */
  public BengaliSentiment(BengaliLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The raw valence sum of the text's word tokens (VADER scale, before normalisation). */
  public double sum(List<Token> tokens) {
    List<String> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (t.isWordLike()) {
        words.add(t.lower());
      }
    }
    int[] prefixHashes = new int[32];
    double sum = 0;
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      Double v = lexicon.valence(w);
      boolean negated = false;
      if (v == null) {
        prefixHashes = prefixHashes(w, prefixHashes);
        for (String suffix : NEGATIVE_SUFFIXES) {
          if (v == null && w.length() > suffix.length() + 1 && w.endsWith(suffix)) {
            v = lookup(w, w.length() - suffix.length(), prefixHashes);
            negated = v != null;
          }
        }
        v = v == null ? lookup(w, w.length(), prefixHashes) : v;
      }
      if (v == null) {
        continue;
      }
      double valence = v;
      if (k > 0 && lexicon.isBooster(words.get(k - 1))) {
        valence += valence > 0 ? VaderRules.B_INCR : -VaderRules.B_INCR;
      }
      negated |= k > 0 && lexicon.isNegation(words.get(k - 1));
      for (int a = k + 1; a <= k + 2 && a < words.size() && !negated; a++) {
        String next = words.get(a);
        negated = lexicon.isNegation(next) || endsWithNegation(next);
      }
      sum += negated ? valence * VaderRules.N_SCALAR : valence;
    }
    return sum;
  }

  /**
   * {@code hashes[i]} = the {@link String#hashCode} of {@code w.substring(0, i)}, so parts of a
   * word can be ruled out of the lexicon without building them.
   */
  private static int[] prefixHashes(String w, int[] hashes) {
    int[] h = hashes.length > w.length() ? hashes : new int[w.length() + 1];
    h[0] = 0;
    for (int i = 0; i < w.length(); i++) {
      h[i + 1] = 31 * h[i] + w.charAt(i);
    }
    return h;
  }

  /** The valence of {@code w.substring(0, end)}, directly or after stripping an inflection. */
  private Double lookup(String w, int end, int[] prefixHashes) {
    Double v = valence(w, end, prefixHashes);
    int last = end > 0 ? w.charAt(end - 1) - BENGALI_BLOCK : -1;
    String[] candidates = last >= 0 && last < BY_LAST.length ? BY_LAST[last] : NONE;
    for (int s = 0; v == null && s < candidates.length; s++) {
      String suffix = candidates[s];
      int n = suffix.length();
      if (end >= n + 2 && w.startsWith(suffix, end - n)) {
        v = valence(w, end - n, prefixHashes);
      }
    }
    return v;
  }

  private Double valence(String w, int end, int[] prefixHashes) {
    if (!lexicon.mayContainHash(prefixHashes[end])) {
      return null;
    }
    return lexicon.valence(end == w.length() ? w : w.substring(0, end));
  }

  private boolean endsWithNegation(String w) {
    return w.length() >= 5 && w.endsWith("নি") && lexicon.valence(w) == null;
  }

  private static String[] nfc(String... words) {
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = Normalizer.normalize(words[i], Normalizer.Form.NFC);
    }
    return out;
  }
}
