package org.brandpulse.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishSentimentFeaturesTest {
  private final EnglishSentimentFeatures features = new EnglishSentimentFeatures();

  private FeatureVector extract(String text) {
    FeatureVector v = new FeatureVector();
    features.extract(text, Tokenizer.tokenize(text), v);
    return v;
  }

  @ParameterizedTest
  @CsvSource({"sooooo, soo", "goooood, good", "good, good", "aaa, aa", "ভালোোো, ভালোো", "ok, ok"})
  void squeezesElongations(String word, String expected) {
    assertThat(EnglishSentimentFeatures.squeeze(word)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "not, true",
    "don't, true",
    "isn't, true",
    "never, true",
    "dont, true",
    "note, false"
  })
  void recognisesNegations(String word, boolean negation) {
    assertThat(EnglishSentimentFeatures.isNegation(word)).isEqualTo(negation);
  }

  @Test
  void negationMarksTheWordsUntilPunctuation() {
    FeatureVector v = extract("not good. fine");
    assertThat(contains(v, unigram("good_NEG"))).isTrue();
    assertThat(contains(v, unigram("good"))).isFalse();
    assertThat(contains(v, unigram("fine"))).isTrue();
    assertThat(contains(v, unigram("fine_NEG"))).isFalse();
  }

  private int unigram(String word) {
    FeatureVector v = new FeatureVector();
    features.hasher().addTokens(java.util.List.of(word), v);
    return v.index(0);
  }

  private static boolean contains(FeatureVector v, int index) {
    for (int i = 0; i < v.size(); i++) {
      if (v.index(i) == index) {
        return true;
      }
    }
    return false;
  }

  @Test
  void sameTextSameVectorAndDenseCuesPresent() {
    String text = "@user LOVE it!!! 😍 http://x.co 123 #winning";
    FeatureVector a = extract(text);
    FeatureVector b = extract(text);
    assertThat(a.toSparse().indices()).isEqualTo(b.toSparse().indices());
    assertThat(a.toSparse().values()).isEqualTo(b.toSparse().values());
    int caps = features.hasher().namedIndex("count.caps");
    boolean found = false;
    for (int i = 0; i < a.size(); i++) {
      found |= a.index(i) == caps && a.value(i) > 0;
    }
    assertThat(found).isTrue();
  }
}
