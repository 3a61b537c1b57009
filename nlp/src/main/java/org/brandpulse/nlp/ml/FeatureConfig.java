package org.brandpulse.nlp.ml;

/**
 * How text becomes hashed features: the size of the hash space and which n-grams are extracted.
 *
 * @param bits the feature space has {@code 2^bits} slots (10 to 24)
 * @param wordUnigrams one feature per token
 * @param wordBigrams one feature per pair of adjacent tokens
 * @param charMin shortest character n-gram taken inside a token (padded with {@code <} and {@code
 *     >}); 0 turns character n-grams off
 * @param charMax longest character n-gram; 0 when {@code charMin} is 0
 * @param signed when true each feature gets a sign from its hash, so that collisions cancel out on
 *     average instead of piling up
 * @param seed hash seed; models are only valid with the seed they were trained with
 */
public record FeatureConfig(
    int bits,
    boolean wordUnigrams,
    boolean wordBigrams,
    int charMin,
    int charMax,
    boolean signed,
    int seed) {

  /** Word unigrams and bigrams plus character 2- to 5-grams in 2^18 signed slots. */
  public static final FeatureConfig DEFAULT = new FeatureConfig(18, true, true, 2, 5, true, 17);

  /** Word unigrams and bigrams only, 2^18 signed slots. */
  public static final FeatureConfig WORDS = new FeatureConfig(18, true, true, 0, 0, true, 17);

  public FeatureConfig {
    if (bits < 10 || bits > 24) {
      throw new IllegalArgumentException("bits must be in [10, 24], was " + bits);
    }
    if (charMin == 0 ? charMax != 0 : charMin < 1 || charMax < charMin || charMax > 8) {
      throw new IllegalArgumentException(
          "character n-grams need 0 = charMin = charMax or 1 <= charMin <= charMax <= 8, were "
              + charMin
              + ".."
              + charMax);
    }
  }

  /** Number of feature slots, {@code 2^bits}. */
  public int dimension() {
    return 1 << bits;
  }

  /** The same configuration with another hash-space size. */
  public FeatureConfig withBits(int newBits) {
    return new FeatureConfig(newBits, wordUnigrams, wordBigrams, charMin, charMax, signed, seed);
  }

  /** The same configuration with other character n-gram lengths (0, 0 turns them off). */
  public FeatureConfig withCharNgrams(int min, int max) {
    return new FeatureConfig(bits, wordUnigrams, wordBigrams, min, max, signed, seed);
  }
}
