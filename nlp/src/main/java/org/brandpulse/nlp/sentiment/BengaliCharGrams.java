package org.brandpulse.nlp.sentiment;

import java.util.List;
import org.brandpulse.nlp.ml.FeatureConfig;
import org.brandpulse.nlp.ml.FeatureHasher;
import org.brandpulse.nlp.ml.FeatureVector;

/**
 * The character n-grams of {@link FeatureHasher} (same hashes, same order), computed from a padded
 * copy of each token's chars, for one configuration or for two that differ only in their n-gram
 * range (the Bengali complaint and needs-reply models: same hash space and seed, 1..4 and 2..5). A
 * pair is hashed in one pass: each gram shared by both ranges is hashed once and written to both
 * vectors. Each vector receives exactly the entries, in exactly the order, that {@link
 * FeatureHasher#addTokens} would give it ({@code BengaliCharGramsTest}, {@code
 * BengaliOutputPinTest}). Thread-safe (scratch is per thread).
 */
final class BengaliCharGrams {
  private static final ThreadLocal<int[]> STATES = ThreadLocal.withInitial(() -> new int[512]);

  private BengaliCharGrams() {}

  /** True when {@link #addBoth} can serve the two configurations. */
  static boolean pairable(FeatureConfig a, FeatureConfig b) {
    return a.bits() == b.bits()
        && a.seed() == b.seed()
        && a.signed() == b.signed()
        && a.charMin() > 0
        && b.charMin() > 0;
  }

  /**
   * Adds the character n-grams of {@code tokens} in configuration {@code a}'s range to {@code out},
   * as {@link FeatureHasher#addTokens} does for {@code a} without word n-grams.
   */
  static void add(List<String> tokens, FeatureConfig a, FeatureVector out) {
    addBoth(tokens, a, out, a, null);
  }

  /**
   * Adds the character n-grams of {@code tokens} in configuration {@code a}'s range to {@code outA}
   * and in {@code b}'s range to {@code outB} (when not null).
   */
  static void addBoth(
      List<String> tokens,
      FeatureConfig a,
      FeatureVector outA,
      FeatureConfig b,
      FeatureVector outB) {
    int mask = a.dimension() - 1;
    boolean signed = a.signed();
    int[] states = STATES.get();
    for (String token : tokens) {
      int len = token.length() + 2;
      int max = Math.min(Math.max(a.charMax(), b.charMax()), len);
      int[] grown = FeatureHasher.charGramStates(token, a.seed(), max, states);
      if (grown != states) {
        states = grown;
        STATES.set(states);
      }
      int maxA = Math.min(a.charMax(), len);
      int maxB = Math.min(b.charMax(), len);
      for (int n = Math.min(a.charMin(), b.charMin()); n <= max; n++) {
        boolean inA = n >= a.charMin() && n <= maxA;
        boolean inB = outB != null && n >= b.charMin() && n <= maxB;
        for (int start = 0; start + n <= len; start++) {
          if (n == 1 && (start == 0 || start == len - 1)) {
            continue;
          }
          int h = FeatureHasher.fmix(states[start * max + n - 1] ^ n);
          float v = signed && h < 0 ? -1f : 1f;
          if (inA) {
            outA.add(h & mask, v);
          }
          if (inB) {
            outB.add(h & mask, v);
          }
        }
      }
    }
  }
}
