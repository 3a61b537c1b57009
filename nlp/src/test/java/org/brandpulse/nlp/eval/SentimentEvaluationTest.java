package org.brandpulse.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.TextAnalyzers;
import org.junit.jupiter.api.Test;

class SentimentEvaluationTest {
  @Test
  void figuresFromAConfusionMatrix() {
    int[][] confusion = {{8, 2, 0}, {1, 6, 3}, {0, 0, 10}};
    SentimentEvaluation e = SentimentEvaluation.of(confusion, 0);
    assertThat(e.n()).isEqualTo(30);
    assertThat(e.accuracy()).isCloseTo(24 / 30.0, offset(1e-12));
    assertThat(e.macroRecall()).isCloseTo((0.8 + 0.6 + 1.0) / 3, offset(1e-12));
    double f1Neg = 2 * (8 / 9.0) * 0.8 / (8 / 9.0 + 0.8);
    double f1Neu = 2 * 0.75 * 0.6 / (0.75 + 0.6);
    double f1Pos = 2 * (10 / 13.0) * 1.0 / (10 / 13.0 + 1.0);
    assertThat(e.macroF1()).isCloseTo((f1Neg + f1Neu + f1Pos) / 3, offset(1e-12));
  }

  @Test
  void absentGoldClassesDoNotCount() {
    SentimentEvaluation e =
        SentimentEvaluation.of(new int[][] {{3, 1, 0}, {0, 0, 0}, {0, 1, 3}}, 0);
    assertThat(e.macroRecall()).isCloseTo(0.75, offset(1e-12));
  }

  @Test
  void evaluatesAFunctionAndAnAnalyzer() {
    Map<String, SentimentLabel> answers =
        Map.of("a", SentimentLabel.POSITIVE, "b", SentimentLabel.NEUTRAL);
    List<LabeledText> data =
        List.of(
            new LabeledText(SentimentLabel.POSITIVE, "a"),
            new LabeledText(SentimentLabel.NEGATIVE, "b"));
    SentimentEvaluation e = SentimentEvaluation.evaluate(answers::get, data);
    assertThat(e.confusion()[2][2]).isEqualTo(1);
    assertThat(e.confusion()[0][1]).isEqualTo(1);
    assertThat(e.postsPerSecond()).isPositive();
    SentimentEvaluation fast =
        SentimentEvaluation.evaluate(
            TextAnalyzers.vader(),
            List.of(
                new LabeledText(SentimentLabel.POSITIVE, "I love it 😍"),
                new LabeledText(SentimentLabel.NEGATIVE, "This is awful 😡")));
    assertThat(fast.accuracy()).isEqualTo(1.0);
  }
}
