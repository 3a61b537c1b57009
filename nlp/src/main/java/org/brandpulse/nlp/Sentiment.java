package org.brandpulse.nlp;

import java.util.Objects;

/**
 * A sentiment label with its score.
 *
 * @param label the class
 * @param score polarity in [-1, 1]; negative below zero
 */
public record Sentiment(SentimentLabel label, double score) {

  /** The sentiment of text that carries none (empty, unknown script, binary). */
  public static final Sentiment NEUTRAL = new Sentiment(SentimentLabel.NEUTRAL, 0.0);

  public Sentiment {
    Objects.requireNonNull(label, "label");
    if (!(score >= -1.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [-1, 1], was " + score);
    }
  }
}
