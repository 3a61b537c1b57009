package org.brandpulse.nlp.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StratifiedKFoldTest {
  private static final int[] CLASSES =
      IntStream.range(0, 103).map(i -> i % 10 == 0 ? 1 : 0).toArray();

  @Test
  void everyExampleIsTestedOnceAndClassSharesHold() {
    List<StratifiedKFold.Fold> folds = StratifiedKFold.folds(CLASSES, 5, 42);
    int[] tested = new int[CLASSES.length];
    for (StratifiedKFold.Fold f : folds) {
      Arrays.stream(f.test()).forEach(i -> tested[i]++);
      assertThat(f.train().length + f.test().length).isEqualTo(CLASSES.length);
      long minority = Arrays.stream(f.test()).filter(i -> CLASSES[i] == 1).count();
      assertThat(minority).isBetween(2L, 3L);
    }
    assertThat(tested).containsOnly(1);
  }

  @Test
  void sameSeedSameFolds() {
    assertThat(StratifiedKFold.folds(CLASSES, 3, 1).get(0).test())
        .isEqualTo(StratifiedKFold.folds(CLASSES, 3, 1).get(0).test())
        .isNotEqualTo(StratifiedKFold.folds(CLASSES, 3, 2).get(0).test());
  }

  @Test
  void rejectsImpossibleK() {
    assertThatThrownBy(() -> StratifiedKFold.folds(new int[] {0, 1}, 3, 1))
        .hasMessageContaining("k must be in [2, 2]");
  }
}
