package org.brandpulse.nlp.eval;

import java.util.Objects;
import org.brandpulse.nlp.SentimentLabel;

/**
 * One row of the Twitter US Airline Sentiment data.
 *
 * @param id tweet id
 * @param label gold sentiment
 * @param negativeReason the annotated reason of a negative tweet ({@code Late Flight}, ...), empty
 *     otherwise
 * @param airline the airline addressed
 * @param text the tweet
 */
public record AirlineTweet(
    String id, SentimentLabel label, String negativeReason, String airline, String text) {
  public AirlineTweet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(negativeReason, "negativeReason");
    Objects.requireNonNull(airline, "airline");
    Objects.requireNonNull(text, "text");
  }

  /** The sentiment view of this row. */
  public LabeledText toLabeled() {
    return new LabeledText(label, text);
  }
}
