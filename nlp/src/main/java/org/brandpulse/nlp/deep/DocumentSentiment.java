package org.brandpulse.nlp.deep;

import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;

/**
 * Folds the sentiments of a text's sentences into one {@link Sentiment}.
 *
 * <p>CoreNLP's sentiment model gives each sentence a probability for each of five classes, very
 * negative to very positive. A sentence's score is the expected value of those classes mapped to
 * -1, -0.5, 0, 0.5 and 1; the text's score is the mean of its sentences' scores weighted by their
 * token counts. The label is {@link SentimentLabel#NEGATIVE} at or below {@link #NEGATIVE_AT_MOST},
 * {@link SentimentLabel#POSITIVE} at or above {@link #POSITIVE_AT_LEAST}, and {@link
 * SentimentLabel#NEUTRAL} between. A text without any scored sentence is neutral. Not thread-safe:
 * one instance per text.
 */
final class DocumentSentiment {
  /** Scores at or below this are negative: halfway between neutral (0) and negative (-0.5). */
  static final double NEGATIVE_AT_MOST = -0.25;

  /** Scores at or above this are positive: halfway between neutral (0) and positive (0.5). */
  static final double POSITIVE_AT_LEAST = 0.25;

  private static final int CLASSES = 5;

  private double weightedSum;
  private long weight;

  /**
   * Adds one sentence.
   *
   * @param classProbabilities the five class probabilities, very negative first
   * @param tokens the sentence's length in tokens (its weight)
   */
  DocumentSentiment add(double[] classProbabilities, int tokens) {
    if (classProbabilities.length != CLASSES) {
      throw new IllegalArgumentException(
          "expected " + CLASSES + " class probabilities, got " + classProbabilities.length);
    }
    if (tokens > 0) {
      weightedSum += sentenceScore(classProbabilities) * tokens;
      weight += tokens;
    }
    return this;
  }

  /** The text's sentiment so far. */
  Sentiment result() {
    if (weight == 0) {
      return Sentiment.NEUTRAL;
    }
    double score = clamp(weightedSum / weight);
    return new Sentiment(label(score), score);
  }

  /** The expected class value in [-1, 1] of one sentence's class probabilities. */
  static double sentenceScore(double[] p) {
    double total = 0;
    double sum = 0;
    for (int k = 0; k < CLASSES; k++) {
      double pk = Double.isFinite(p[k]) && p[k] > 0 ? p[k] : 0;
      sum += pk * (k - 2) / 2.0;
      total += pk;
    }
    return total > 0 ? clamp(sum / total) : 0.0;
  }

  /** The label of a score, by the documented thresholds. */
  static SentimentLabel label(double score) {
    if (score <= NEGATIVE_AT_MOST) {
      return SentimentLabel.NEGATIVE;
    }
    return score >= POSITIVE_AT_LEAST ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
  }

  private static double clamp(double x) {
    return Math.max(-1.0, Math.min(1.0, x));
  }
}
