package org.brandpulse.nlp.complaint;

import static org.brandpulse.nlp.complaint.ComplaintCues.Signal.GENERAL;
import static org.brandpulse.nlp.complaint.ComplaintCues.Signal.HELP;
import static org.brandpulse.nlp.complaint.ComplaintCues.Signal.ORDER;
import static org.brandpulse.nlp.complaint.ComplaintCues.Signal.PERSON;
import static org.brandpulse.nlp.complaint.ComplaintCues.Signal.REPEAT;
import static org.brandpulse.nlp.complaint.ComplaintCues.Signal.THREAT;

import java.util.List;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.text.Token;

/**
 * Rule-based complaint detection, version 1 (English and Bengali); {@link ComplaintAnalyzer} uses
 * it for Bengali text, which the trained model has never seen.
 *
 * <p>The probability is a logistic function of: the strongest category's cue weight, general
 * complaint cues, negative sentiment (positive sentiment counts against), talk of the writer's
 * order or account, first/second person, help and question words, repetition ("again", "still") and
 * threats ("lawyer"), and ALL-CAPS shouting. A text without any evidence at all (no cue, no
 * sentiment, no shouting) gets probability 0. Category, severity and needs-reply follow {@link
 * ComplaintTriage}. Thread-safe.
 */
public final class ComplaintDetector {
  private final ComplaintCues cues;

  /** A detector over the bundled cues. */
  public ComplaintDetector() {
    this.cues = ComplaintCues.get();
  }

  /**
   * Judges one text.
   *
   * @param tokens the text's tokens
   * @param sentiment its sentiment
   * @param addressedToBrand the text mentions a brand handle or names the brand
   * @param authoredByBrand the brand wrote it
   */
  public Complaint detect(
      List<Token> tokens, Sentiment sentiment, boolean addressedToBrand, boolean authoredByBrand) {
    ComplaintCues.Scores s = cues.score(tokens);
    double probability = probability(tokens, sentiment, s);
    if (probability == 0) {
      return Complaint.NONE;
    }
    return ComplaintTriage.judge(
        probability,
        s,
        tokens,
        sentiment,
        addressedToBrand,
        new org.brandpulse.nlp.AnalysisContext(
            null, java.util.Set.of(), java.util.Set.of(), authoredByBrand, false),
        null,
        "bn");
  }

  /** The rule probability of a text with the given cue scores; 0 without any evidence. */
  static double probability(List<Token> tokens, Sentiment sentiment, ComplaintCues.Scores s) {
    double best = 0;
    for (ComplaintCategory c : ComplaintCategory.values()) {
      best = Math.max(best, s.of(c));
    }
    int caps = 0;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.WORD
          && t.text().length() >= 3
          && ComplaintTriage.isShouted(t.text())) {
        caps++;
      }
    }
    double score = sentiment.score();
    double evidence = best + score * score + caps;
    for (ComplaintCues.Signal signal : ComplaintCues.Signal.values()) {
      evidence += s.of(signal);
    }
    if (evidence == 0) {
      return 0;
    }
    double z =
        -1.7
            + 1.1 * Math.min(best, 4)
            + 1.0 * Math.min(s.of(GENERAL), 3)
            + (score < 0 ? -2.5 * score : -1.2 * score)
            + 0.6 * Math.min(s.of(ORDER), 2)
            + Math.min(s.of(PERSON), 1.0)
            + 0.4 * Math.min(s.of(HELP), 2)
            + 0.4 * Math.min(s.of(REPEAT), 2)
            + 0.8 * Math.min(s.of(THREAT), 2)
            + 0.3 * Math.min(caps, 3);
    return 1.0 / (1.0 + Math.exp(-z));
  }
}
