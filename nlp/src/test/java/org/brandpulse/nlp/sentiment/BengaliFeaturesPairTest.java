package org.brandpulse.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.nlp.ml.FeatureConfig;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link BengaliFeatures#extractPair} (the fast tier's one-pass complaint and needs-reply features)
 * gives each recipe exactly the vector, entry by entry and in order, of its own {@link
 * BengaliFeatures#extract}: on the written posts of the labelled Bengali complaint set (Bengali,
 * Banglish, emoji, long words), for the shipped pair of n-gram ranges and others.
 */
class BengaliFeaturesPairTest {
  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            Path.of("src/test/resources/eval/bengali-complaints.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("written\t")) {
        texts.add(line.substring(line.lastIndexOf('\t') + 1));
      }
    }
    texts.add("ভাই 😡😡 অর্ডার#১২৩৪৫ এখনো পাইনি!!! kobe pabo??? অসন্তুষ্টতাপূর্ণভাবেইইইইইই");
    texts.add("x");
    assertThat(texts).hasSizeGreaterThan(100);
    return texts;
  }

  @ParameterizedTest
  @CsvSource({"1,4,2,5", "2,5,1,4", "1,5,1,5", "3,3,1,8", "2,2,4,6"})
  void pairedExtractionMatchesTwoSeparateOnes(int minA, int maxA, int minB, int maxB)
      throws IOException {
    BengaliFeatures a =
        new BengaliFeatures(new FeatureConfig(16, true, true, minA, maxA, true, 31));
    BengaliFeatures b =
        new BengaliFeatures(new FeatureConfig(16, true, true, minB, maxB, true, 31));
    FeatureVector pairA = new FeatureVector(8);
    FeatureVector pairB = new FeatureVector(8);
    FeatureVector alone = new FeatureVector(8);
    for (String raw : texts()) {
      String text = TextSanitizer.sanitize(raw, TextSanitizer.DEFAULT_MAX_CHARS).orElseThrow();
      List<Token> tokens = Tokenizer.tokenize(text);
      a.extractPair(text, tokens, pairA, b, pairB);
      a.extract(text, tokens, alone);
      assertSame(alone, pairA, text);
      b.extract(text, tokens, alone);
      assertSame(alone, pairB, text);
    }
  }

  @ParameterizedTest
  @CsvSource({"16,31,true,16,29,true", "16,31,true,18,31,true", "16,31,true,16,31,false"})
  void recipesWithOtherHashingAreNotPairable(
      int bitsA, int seedA, boolean signedA, int bitsB, int seedB, boolean signedB) {
    BengaliFeatures a =
        new BengaliFeatures(new FeatureConfig(bitsA, true, true, 1, 4, signedA, seedA));
    BengaliFeatures b =
        new BengaliFeatures(new FeatureConfig(bitsB, true, true, 2, 5, signedB, seedB));
    assertThat(a.pairable(b)).isFalse();
    assertThatThrownBy(
            () ->
                a.extractPair(
                    "ভালো",
                    Tokenizer.tokenize("ভালো"),
                    new FeatureVector(),
                    b,
                    new FeatureVector()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not pairable");
  }

  private static void assertSame(FeatureVector expected, FeatureVector actual, String text) {
    assertThat(actual.size()).as(text).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.index(i)).as(text).isEqualTo(expected.index(i));
      assertThat(Float.floatToIntBits(actual.value(i)))
          .as(text)
          .isEqualTo(Float.floatToIntBits(expected.value(i)));
    }
  }
}
