package org.brandpulse.nlp.sentiment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brandpulse.nlp.text.Resources;

/**
 * Bengali word valences on VADER's -4..+4 scale: the BengaliVADER lexicon (MIT, see {@code
 * LICENSE-bengali-vader.txt}; duplicate entries averaged) plus our {@code bengali_extra.txt} of
 * common social-media spellings, its booster words and its negation words (plus colloquial ones).
 * All entries are NFC, matching {@link org.brandpulse.nlp.text.TextSanitizer}'s output.
 */
public final class BengaliLexicon {
  private final Map<String, Double> valences;
  private final Set<String> boosters;
  private final Set<String> negations;
  // Open-addressing set of the hash codes of the valence keys (0 marks an empty slot).
  private final int[] keyHashes;
  private boolean zeroHashKey;

  private BengaliLexicon() {
    Map<String, double[]> sums = new HashMap<>();
    List<String> lines = Resources.lines(BengaliLexicon.class, "bengali_lexicon.txt", false);
    for (int i = 0; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t");
      double v = parse(cols, "bengali_lexicon.txt", i, lines.get(i));
      double[] acc = sums.computeIfAbsent(cols[0].strip(), k -> new double[2]);
      acc[0] += v;
      acc[1]++;
    }
    valences = new HashMap<>(sums.size() * 2);
    sums.forEach((w, acc) -> valences.put(w, acc[0] / acc[1]));
    List<String> extra = Resources.lines(BengaliLexicon.class, "bengali_extra.txt", true);
    for (int i = 0; i < extra.size(); i++) {
      String[] cols = extra.get(i).split("\t");
      valences.put(cols[0].strip(), parse(cols, "bengali_extra.txt", i, extra.get(i)));
    }
    boosters = Set.copyOf(Resources.lines(BengaliLexicon.class, "bengali_boosters.txt", false));
    Set<String> neg =
        new HashSet<>(Resources.lines(BengaliLexicon.class, "bengali_negations.txt", false));
    neg.addAll(List.of("নয়", "নেই", "নি", "নাই", "নাহ", "নহে", "নই", "নও", "নন"));
    negations = Set.copyOf(neg);
    keyHashes = new int[Integer.highestOneBit(Math.max(16, valences.size() * 4) - 1) << 1];
    for (String w : valences.keySet()) {
      int h = w.hashCode();
      int slot = spread(h) & (keyHashes.length - 1);
      while (keyHashes[slot] != 0 && keyHashes[slot] != h) {
        slot = (slot + 1) & (keyHashes.length - 1);
      }
      keyHashes[slot] = h;
      zeroHashKey |= h == 0;
    }
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
  }

  /**
   * False when no word of the lexicon has the {@link String#hashCode} {@code hash}, so a caller
   * that can compute the hash of a part of a word without building it (suffix stripping) builds and
   * looks up only parts that may be in the lexicon.
   */
  boolean mayContainHash(int hash) {
    if (hash == 0) {
      return zeroHashKey;
    }
    int slot = spread(hash) & (keyHashes.length - 1);
    while (keyHashes[slot] != 0) {
      if (keyHashes[slot] == hash) {
        return true;
      }
      slot = (slot + 1) & (keyHashes.length - 1);
    }
    return false;
  }

  private static double parse(String[] cols, String file, int i, String line) {
    if (cols.length < 2) {
      throw Resources.badLine(BengaliLexicon.class, file, i, line, "word<TAB>valence");
    }
    try {
      return Double.parseDouble(cols[1].strip());
    } catch (NumberFormatException e) {
      throw Resources.badLine(BengaliLexicon.class, file, i, line, "a decimal valence");
    }
  }

  private static final class Holder {
    static final BengaliLexicon INSTANCE = new BengaliLexicon();
  }

  /** The shared lexicon, loaded on first use. */
  public static BengaliLexicon get() {
    return Holder.INSTANCE;
  }

  /** The valence of a word, or null. */
  public Double valence(String word) {
    return valences.get(word);
  }

  /** True for intensifiers such as খুব, অনেক, অত্যন্ত. */
  public boolean isBooster(String word) {
    return boosters.contains(word);
  }

  /** True for negation words such as না, নয়, নেই, নি. */
  public boolean isNegation(String word) {
    return negations.contains(word);
  }
}
