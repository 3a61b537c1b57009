package org.brandpulse.nlp.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Log-count ratios, the scaled set, and folding the ratios back into a model. */
class NaiveBayesScalingTest {
  private static final FeatureConfig CONFIG = FeatureConfig.WORDS.withBits(10);
  private static final List<String> LABELS = List.of("other", "complaint");

  private static TrainingSet set() {
    FeatureHasher h = new FeatureHasher(CONFIG);
    String[][] texts = {
      {"order", "never", "arrived", "😡"}, {"still", "no", "refund", "টাকা"},
      {"thanks", "so", "much", "🙏"}, {"great", "service", "শুভ"},
    };
    int[] classes = {1, 1, 0, 0};
    List<SparseVector> vectors = new ArrayList<>();
    for (String[] t : texts) {
      FeatureVector v = new FeatureVector();
      h.addTokens(List.of(t), v);
      v.normalize();
      vectors.add(v.toSparse());
    }
    return new TrainingSet(CONFIG, LABELS, vectors, classes);
  }

  @Test
  void complaintWordsGetPositiveRatiosAndDenseSlotsStayAtOne() {
    FeatureHasher h = new FeatureHasher(CONFIG);
    FeatureVector refund = new FeatureVector();
    h.addTokens(List.of("refund"), refund);
    FeatureVector thanks = new FeatureVector();
    h.addTokens(List.of("thanks"), thanks);
    NaiveBayesScaling nb = NaiveBayesScaling.fit(set(), 1.0, new int[] {7});
    assertThat(nb.ratio(refund.index(0))).isGreaterThan(0f);
    assertThat(nb.ratio(thanks.index(0))).isLessThan(0f);
    assertThat(nb.ratio(7)).isEqualTo(1f);
  }

  @Test
  void foldedModelScoresRawFeaturesLikeTheScaledModelScoresScaledOnes() {
    TrainingSet set = set();
    NaiveBayesScaling nb = NaiveBayesScaling.fit(set, 1.0, new int[0]);
    TrainingSet scaled = nb.apply(set);
    LinearModel onScaled = LogisticRegression.binary(scaled, TrainerOptions.DEFAULTS);
    LinearModel folded = nb.fold(onScaled);
    double[] a = new double[2];
    double[] b = new double[2];
    for (int i = 0; i < set.size(); i++) {
      onScaled.probabilities(scaled.vectors().get(i), a);
      folded.probabilities(set.vectors().get(i), b);
      assertThat(b[1]).isCloseTo(a[1], org.assertj.core.data.Offset.offset(1e-5));
    }
    assertThat(folded.properties()).containsEntry("nb-alpha", "1.0");
  }

  @Test
  void refusesBadSmoothing() {
    assertThatThrownBy(() -> NaiveBayesScaling.fit(set(), 0, new int[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alpha");
  }
}
