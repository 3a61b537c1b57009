package org.brandpulse.nlp.sentiment;

/**
 * VADER's output for one text.
 *
 * @param negative share of negative valence, rounded to 3 decimals
 * @param neutral share of neutral tokens, rounded to 3 decimals
 * @param positive share of positive valence, rounded to 3 decimals
 * @param compound normalised sum in [-1, 1], rounded to 4 decimals
 * @param sum the raw valence sum before normalisation, punctuation emphasis included
 */
public record VaderScores(
    double negative, double neutral, double positive, double compound, double sum) {

  /** The scores of a text without tokens. */
  public static final VaderScores ZERO = new VaderScores(0, 0, 0, 0, 0);

  /** VADER's normalisation: {@code x / sqrt(x² + alpha)} with alpha 15, clamped to [-1, 1]. */
  public static double normalize(double score) {
    double norm = score / Math.sqrt(score * score + 15);
    return Math.max(-1.0, Math.min(1.0, norm));
  }
}
