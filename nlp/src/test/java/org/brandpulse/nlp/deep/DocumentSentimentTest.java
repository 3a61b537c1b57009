package org.brandpulse.nlp.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentSentimentTest {

  @ParameterizedTest(name = "{0} -> {5}")
  @CsvSource({
    "1, 0, 0, 0, 0, -1.0",
    "0, 1, 0, 0, 0, -0.5",
    "0, 0, 1, 0, 0, 0.0",
    "0, 0, 0, 1, 0, 0.5",
    "0, 0, 0, 0, 1, 1.0",
    "0.2, 0.2, 0.2, 0.2, 0.2, 0.0",
    "0, 0.5, 0, 0.5, 0, 0.0",
    "0, 0, 0.5, 0, 0.5, 0.5",
    "0, 0, 2, 0, 2, 0.5"
  })
  void sentenceScoreIsTheExpectedClassValue(
      double p0, double p1, double p2, double p3, double p4, double score) {
    assertThat(DocumentSentiment.sentenceScore(new double[] {p0, p1, p2, p3, p4}))
        .isCloseTo(score, within(1e-9));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "-1.0, NEGATIVE",
    "-0.25, NEGATIVE",
    "-0.2499, NEUTRAL",
    "0.0, NEUTRAL",
    "0.2499, NEUTRAL",
    "0.25, POSITIVE",
    "1.0, POSITIVE"
  })
  void labelsFollowTheDocumentedThresholds(double score, SentimentLabel label) {
    assertThat(DocumentSentiment.label(score)).isEqualTo(label);
  }

  @Test
  void longerSentencesWeighMore() {
    Sentiment s =
        new DocumentSentiment()
            .add(new double[] {0, 0, 0, 0, 1}, 30)
            .add(new double[] {1, 0, 0, 0, 0}, 10)
            .result();
    assertThat(s.score()).isCloseTo(0.5, within(1e-9));
    assertThat(s.label()).isEqualTo(SentimentLabel.POSITIVE);
  }

  @Test
  void noScoredSentenceIsNeutral() {
    assertThat(new DocumentSentiment().result()).isEqualTo(Sentiment.NEUTRAL);
    assertThat(new DocumentSentiment().add(new double[] {1, 0, 0, 0, 0}, 0).result())
        .isEqualTo(Sentiment.NEUTRAL);
  }

  @Test
  void brokenProbabilitiesScoreZeroAndWrongShapesAreRejected() {
    double[] nan = {Double.NaN, -1, 0, 0, Double.POSITIVE_INFINITY};
    assertThat(DocumentSentiment.sentenceScore(nan)).isZero();
    assertThatThrownBy(() -> new DocumentSentiment().add(new double[3], 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 5 class probabilities, got 3");
  }
}
