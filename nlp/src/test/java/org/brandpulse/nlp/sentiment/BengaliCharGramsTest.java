package org.brandpulse.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brandpulse.nlp.ml.FeatureConfig;
import org.brandpulse.nlp.ml.FeatureHasher;
import org.brandpulse.nlp.ml.FeatureVector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link BengaliCharGrams} gives the character n-grams of {@link FeatureHasher#addTokens} entry by
 * entry and in order, alone and in pairs, for Bengali, Latin, emoji, one-letter and very long
 * tokens: the shipped models were trained on {@link FeatureHasher}'s hashes.
 */
class BengaliCharGramsTest {
  private static final List<String> TOKENS =
      List.of(
          "অর্ডার",
          "পাইনি",
          "kobe",
          "😡",
          "x",
          "ভাই",
          "অসন্তুষ্টতাপূর্ণভাবেইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইইই",
          "#১২৩৪৫",
          "ok");

  @ParameterizedTest
  @CsvSource({
    "18,29,true,1,5,1,5",
    "16,31,true,1,4,2,5",
    "16,31,false,2,5,1,4",
    "12,7,true,3,8,1,1"
  })
  void matchesTheFeatureHasher(
      int bits, int seed, boolean signed, int minA, int maxA, int minB, int maxB) {
    FeatureConfig a = new FeatureConfig(bits, false, false, minA, maxA, signed, seed);
    FeatureConfig b = new FeatureConfig(bits, false, false, minB, maxB, signed, seed);
    FeatureVector expectedA = new FeatureVector();
    FeatureVector expectedB = new FeatureVector();
    new FeatureHasher(a).addTokens(TOKENS, expectedA);
    new FeatureHasher(b).addTokens(TOKENS, expectedB);
    FeatureVector alone = new FeatureVector(4);
    BengaliCharGrams.add(TOKENS, a, alone);
    assertSame(expectedA, alone);
    FeatureVector pairA = new FeatureVector(4);
    FeatureVector pairB = new FeatureVector(4);
    BengaliCharGrams.addBoth(TOKENS, a, pairA, b, pairB);
    assertSame(expectedA, pairA);
    assertSame(expectedB, pairB);
  }

  private static void assertSame(FeatureVector expected, FeatureVector actual) {
    assertThat(expected.size()).isGreaterThan(100);
    assertThat(actual.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.index(i)).as("entry %d", i).isEqualTo(expected.index(i));
      assertThat(actual.value(i)).as("entry %d", i).isEqualTo(expected.value(i));
    }
  }
}
