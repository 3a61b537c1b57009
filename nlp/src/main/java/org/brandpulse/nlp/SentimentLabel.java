package org.brandpulse.nlp;

/** The three sentiment classes used throughout Brandpulse and its evaluation data. */
public enum SentimentLabel {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** Parses {@code negative|neutral|positive} in any case. */
  public static SentimentLabel parse(String text) {
    return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
