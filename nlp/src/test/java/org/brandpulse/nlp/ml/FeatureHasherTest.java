package org.brandpulse.nlp.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureHasherTest {
  private static final FeatureConfig WORDS_ONLY =
      new FeatureConfig(16, true, false, 0, 0, false, 1);

  private static SparseVector hash(FeatureConfig config, List<String> tokens) {
    FeatureVector v = new FeatureVector(2);
    new FeatureHasher(config).addTokens(tokens, v);
    return v.toSparse();
  }

  @Test
  void sameTokensSameFeatures() {
    List<String> tokens = List.of("ভালো", "পণ্য", "😀", "很好", "جيد");
    SparseVector a = hash(FeatureConfig.DEFAULT, tokens);
    SparseVector b = hash(FeatureConfig.DEFAULT, tokens);
    assertThat(a.indices()).isEqualTo(b.indices());
    assertThat(a.values()).isEqualTo(b.values());
    assertThat(java.util.Arrays.stream(a.indices()))
        .allMatch(i -> i >= 0 && i < FeatureConfig.DEFAULT.dimension());
  }

  @Test
  void countsUnigramsBigramsAndPaddedCharNgrams() {
    assertThat(hash(WORDS_ONLY, List.of("a", "b", "c")).size()).isEqualTo(3);
    FeatureConfig bigrams = new FeatureConfig(16, true, true, 0, 0, false, 1);
    assertThat(hash(bigrams, List.of("a", "b", "c")).size()).isEqualTo(5);
    // "<ok>" has three 2-grams, two 3-grams and one 4-gram
    FeatureConfig chars = new FeatureConfig(16, false, false, 2, 5, false, 1);
    assertThat(hash(chars, List.of("ok")).size()).isEqualTo(6);
  }

  @Test
  void emojiSurrogatePairsHashLikeAnyToken() {
    SparseVector v = hash(WORDS_ONLY, List.of("👍🏽", "👍🏽"));
    assertThat(v.indices()[0]).isEqualTo(v.indices()[1]);
  }

  @Test
  void namedFeaturesLandInTheirSlot() {
    FeatureHasher h = new FeatureHasher(WORDS_ONLY);
    FeatureVector v = new FeatureVector();
    h.addNamed("vader.compound", 0.5f, v);
    assertThat(v.index(0)).isEqualTo(h.namedIndex("vader.compound"));
    assertThat(v.value(0)).isEqualTo(0.5f);
  }

  @Test
  void normalizeMergesRepeatsAndScalesOnlyTheRange() {
    FeatureVector v = new FeatureVector(1);
    v.add(7, 2f);
    v.add(5, 3f);
    v.add(9, 4f);
    v.add(5, 0f);
    v.add(9, -1f);
    v.normalize(1);
    assertThat(v.size()).isEqualTo(3);
    assertThat(v.index(0)).isEqualTo(7);
    assertThat(v.value(0)).isEqualTo(2f);
    assertThat(v.index(1)).isEqualTo(5);
    assertThat(v.value(1))
        .isCloseTo(3f / (float) Math.sqrt(18), org.assertj.core.data.Offset.offset(1e-6f));
    assertThat(v.index(2)).isEqualTo(9);
    assertThat(v.value(2))
        .isCloseTo(3f / (float) Math.sqrt(18), org.assertj.core.data.Offset.offset(1e-6f));
  }

  @Test
  void rejectsBadConfigurations() {
    assertThatThrownBy(() -> new FeatureConfig(30, true, true, 2, 5, true, 1))
        .hasMessageContaining("bits");
    assertThatThrownBy(() -> new FeatureConfig(18, true, true, 4, 2, true, 1))
        .hasMessageContaining("charMin");
  }
}
