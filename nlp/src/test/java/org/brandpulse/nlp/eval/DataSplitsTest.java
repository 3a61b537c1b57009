package org.brandpulse.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.brandpulse.nlp.SentimentLabel;
import org.junit.jupiter.api.Test;

class DataSplitsTest {
  @Test
  void foldsCoverEveryItemOnceAndKeepClassShares() {
    List<LabeledText> items = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      SentimentLabel l =
          i < 8
              ? SentimentLabel.NEGATIVE
              : i < 28 ? SentimentLabel.NEUTRAL : SentimentLabel.POSITIVE;
      items.add(new LabeledText(l, "t" + i + (i % 2 == 0 ? " ভালো" : " 😀")));
    }
    List<DataSplits.Split<LabeledText>> folds =
        DataSplits.stratifiedKFold(items, LabeledText::label, 4, 9);
    List<LabeledText> tested = new ArrayList<>();
    for (DataSplits.Split<LabeledText> s : folds) {
      tested.addAll(s.test());
      assertThat(s.train()).hasSize(40 - s.test().size()).doesNotContainAnyElementsOf(s.test());
      assertThat(s.test()).filteredOn(t -> t.label() == SentimentLabel.NEGATIVE).hasSize(2);
      assertThat(s.test()).filteredOn(t -> t.label() == SentimentLabel.NEUTRAL).hasSize(5);
    }
    assertThat(tested).containsExactlyInAnyOrderElementsOf(items);
    assertThat(DataSplits.stratifiedHoldOut(items, LabeledText::label, 4, 9).test())
        .isEqualTo(folds.get(0).test());
  }
}
