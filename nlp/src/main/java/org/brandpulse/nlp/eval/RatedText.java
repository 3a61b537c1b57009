package org.brandpulse.nlp.eval;

import java.util.Objects;
import org.brandpulse.nlp.SentimentLabel;

/**
 * A text with a mean human sentiment rating on VADER's -4..+4 scale.
 *
 * @param id the snippet id
 * @param rating mean rating in [-4, 4]
 * @param text the snippet
 */
public record RatedText(String id, double rating, String text) {
  /**
   * VADER labels a compound score in [-1, 1] neutral when it lies strictly inside ±0.05; on the
   * -4..+4 rating scale the same band is ±0.05 × 4 = ±{@value}.
   */
  public static final double NEUTRAL_BAND = 0.2;

  public RatedText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (!(rating >= -4 && rating <= 4)) {
      throw new IllegalArgumentException("rating must be in [-4, 4], was " + rating + " for " + id);
    }
  }

  /**
   * Three classes: positive at or above {@code band}, negative at or below {@code -band}, neutral
   * between (VADER's own rule, scaled).
   */
  public LabeledText toLabeled(double band) {
    SentimentLabel label =
        rating >= band
            ? SentimentLabel.POSITIVE
            : rating <= -band ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    return new LabeledText(label, text);
  }
}
