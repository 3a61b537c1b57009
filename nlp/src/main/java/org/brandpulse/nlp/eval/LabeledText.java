package org.brandpulse.nlp.eval;

import java.util.Objects;
import org.brandpulse.nlp.SentimentLabel;

/**
 * A text with its gold sentiment.
 *
 * @param label the gold class
 * @param text the text as in the data set
 */
public record LabeledText(SentimentLabel label, String text) {
  public LabeledText {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
  }
}
