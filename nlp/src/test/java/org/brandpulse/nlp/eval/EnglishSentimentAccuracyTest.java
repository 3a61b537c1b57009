package org.brandpulse.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.brandpulse.nlp.TextAnalyzers;
import org.junit.jupiter.api.Test;

/**
 * The trained English model in the fast tier against data it did not train on (skipped when the
 * shared data are absent). Floors sit just below the figures printed by {@code
 * TrainEnglishSentiment}; see the model card.
 */
class EnglishSentimentAccuracyTest {
  @Test
  void tweetEvalValidation() throws IOException {
    List<LabeledText> data =
        EvalData.readSentimentTsv(SharedData.require("sentiment/tweeteval-val.tsv"));
    SentimentEvaluation e = SentimentEvaluation.evaluate(TextAnalyzers.fast(), data);
    System.out.println("tweeteval-val (fast tier, trained English model): " + e);
    assertThat(e.n()).isEqualTo(2000);
    assertThat(e.macroRecall()).isGreaterThan(MACRO_RECALL_FLOOR);
    assertThat(e.accuracy()).isGreaterThan(ACCURACY_FLOOR);
  }

  @Test
  void sentiment140Test() throws IOException {
    List<LabeledText> data =
        EvalData.readSentiment140Csv(SharedData.require("sentiment/sentiment140-test.csv"));
    SentimentEvaluation e = SentimentEvaluation.evaluate(TextAnalyzers.fast(), data);
    System.out.println("sentiment140-test (fast tier, trained English model): " + e);
    assertThat(e.macroRecall()).isGreaterThan(S140_MACRO_RECALL_FLOOR);
  }

  private static final double MACRO_RECALL_FLOOR = 0.67;
  private static final double ACCURACY_FLOOR = 0.65;
  private static final double S140_MACRO_RECALL_FLOOR = 0.73;
}
