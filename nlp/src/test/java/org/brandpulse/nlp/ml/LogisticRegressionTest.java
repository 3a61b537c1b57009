package org.brandpulse.nlp.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
  private static final FeatureConfig CONFIG = new FeatureConfig(12, true, true, 2, 4, true, 5);
  private static final String[][] WORDS = {
    {"awful", "hate", "broken", "খারাপ", "😡"},
    {"the", "today", "train", "meeting", "then"},
    {"love", "great", "thanks", "ভালো", "😍"}
  };

  /** Seeded toy data: each text mixes two words of its class with two shared words. */
  static TrainingSet toy(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    FeatureHasher hasher = new FeatureHasher(CONFIG);
    List<SparseVector> vectors = new ArrayList<>();
    int[] classes = new int[n];
    FeatureVector v = new FeatureVector();
    for (int i = 0; i < n; i++) {
      int c = i % 3;
      v.clear();
      hasher.addTokens(
          List.of(WORDS[c][r.nextInt(5)], WORDS[1][r.nextInt(5)], WORDS[c][r.nextInt(5)], "and"),
          v);
      v.normalize();
      vectors.add(v.toSparse());
      classes[i] = c;
    }
    return new TrainingSet(CONFIG, List.of("negative", "neutral", "positive"), vectors, classes);
  }

  @Test
  void learnsSeparableClasses() {
    TrainingSet train = toy(300, 1);
    TrainingSet test = toy(90, 2);
    LinearModel m = LogisticRegression.multinomial(train, TrainerOptions.DEFAULTS);
    double[] p = new double[3];
    int right = 0;
    for (int i = 0; i < test.size(); i++) {
      m.probabilities(test.vectors().get(i), p);
      right += LinearModel.argmax(p, 3) == test.classes()[i] ? 1 : 0;
    }
    assertThat(right).isGreaterThanOrEqualTo(85);
  }

  @Test
  void trainingIsDeterministic() {
    TrainingSet data = toy(200, 7);
    TrainerOptions o = TrainerOptions.DEFAULTS.withClassWeights(data.balancedClassWeights());
    LinearModel a = LogisticRegression.multinomial(data, o);
    LinearModel b = LogisticRegression.multinomial(data, o);
    assertThat(a.weights()).isEqualTo(b.weights());
    assertThat(a.bias()).isEqualTo(b.bias());
    LinearModel c = LogisticRegression.multinomial(data, o.withSeed(8));
    assertThat(Arrays.equals(a.weights(), c.weights())).isFalse();
  }

  @Test
  void binaryModelSeparatesOneClassFromTheRest() {
    TrainingSet three = toy(300, 3);
    int[] negative = Arrays.stream(three.classes()).map(c -> c == 0 ? 1 : 0).toArray();
    TrainingSet data = new TrainingSet(CONFIG, List.of("other", "neg"), three.vectors(), negative);
    double[][] oof =
        CrossValidation.outOfFoldProbabilities(
            data, 5, 11, s -> LogisticRegression.binary(s, TrainerOptions.DEFAULTS));
    int right = 0;
    for (int i = 0; i < oof.length; i++) {
      right += (oof[i][1] >= 0.5) == (negative[i] == 1) ? 1 : 0;
    }
    assertThat(right).isGreaterThan(290);
  }

  @Test
  void classWeightsMoveTheBoundary() {
    TrainingSet data = toy(300, 4);
    double[] heavyNeutral = {1, 20, 1};
    LinearModel plain = LogisticRegression.multinomial(data, TrainerOptions.DEFAULTS);
    LinearModel weighted =
        LogisticRegression.multinomial(
            data, TrainerOptions.DEFAULTS.withClassWeights(heavyNeutral));
    assertThat(weighted.bias()[1] - weighted.bias()[0])
        .isGreaterThan(plain.bias()[1] - plain.bias()[0]);
  }
}
