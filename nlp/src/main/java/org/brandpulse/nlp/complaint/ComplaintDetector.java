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
import org.brandpulse.nlp.Severity;
import org.brandpulse.nlp.text.Token;

/**
 * Rule-based complaint detection, version 1 (English and Bengali).
 *
 * <p>The probability is a logistic function of: the strongest category's cue weight, general
 * complaint cues, negative sentiment (positive sentiment counts against), talk of the writer's
 * order or account, first/second person, help and question words, repetition ("again", "still") and
 * threats ("lawyer"), and ALL-CAPS shouting. The category is the one with the most cue weight
 * ({@link ComplaintCategory#OTHER} when a complaint names none). Severity adds points for fraud (3)
 * and payment (2) or account (1) problems, anger (shouting, "!!", repetition, very negative
 * sentiment) and threats: 0 is LOW, 1–2 MEDIUM, 3–4 HIGH, 5 or more CRITICAL. A text needs a reply
 * when it is a complaint or asks for help, is addressed to the brand (handle or name) or about the
 * writer's order, and was not written by the brand. A text without any evidence at all (no cue, no
 * sentiment, no shouting) gets {@link Complaint#NONE}. Thread-safe.
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
    ComplaintCategory best = ComplaintCategory.NONE;
    for (ComplaintCategory c : ComplaintCategory.values()) {
      if (s.of(c) > s.of(best)) {
        best = c;
      }
    }
    int caps = 0;
    int exclamations = 0;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.WORD && t.text().length() >= 3 && isShouted(t.text())) {
        caps++;
      } else if (t.kind() == Token.Kind.PUNCT && t.text().equals("!")) {
        exclamations++;
      }
    }
    double score = sentiment.score();
    double evidence = s.of(best) + score * score + caps;
    for (ComplaintCues.Signal signal : ComplaintCues.Signal.values()) {
      evidence += s.of(signal);
    }
    if (evidence == 0) {
      return Complaint.NONE;
    }
    double z =
        -1.7
            + 1.1 * Math.min(s.of(best), 4)
            + 1.0 * Math.min(s.of(GENERAL), 3)
            + (score < 0 ? -2.5 * score : -1.2 * score)
            + 0.6 * Math.min(s.of(ORDER), 2)
            + Math.min(s.of(PERSON), 1.0)
            + 0.4 * Math.min(s.of(HELP), 2)
            + 0.4 * Math.min(s.of(REPEAT), 2)
            + 0.8 * Math.min(s.of(THREAT), 2)
            + 0.3 * Math.min(caps, 3);
    double probability = 1.0 / (1.0 + Math.exp(-z));
    boolean complaint = probability >= 0.5;
    boolean asksHelp = s.of(HELP) >= 1.0;
    boolean needsReply =
        (complaint || asksHelp) && (addressedToBrand || s.of(ORDER) > 0) && !authoredByBrand;
    if (!complaint) {
      return new Complaint(probability, ComplaintCategory.NONE, Severity.NONE, needsReply);
    }
    ComplaintCategory category = s.of(best) >= 1.0 ? best : ComplaintCategory.OTHER;
    int anger =
        (caps >= 2 ? 1 : 0)
            + (exclamations >= 2 ? 1 : 0)
            + (s.of(REPEAT) > 0 ? 1 : 0)
            + (score <= -0.6 ? 1 : 0);
    int points =
        switch (category) {
              case FRAUD_SCAM -> 3;
              case BILLING_PAYMENT -> 2;
              case ACCOUNT_ACCESS -> 1;
              default -> 0;
            }
            + anger
            + (s.of(THREAT) > 0 ? 2 : 0);
    Severity severity =
        points == 0
            ? Severity.LOW
            : points <= 2 ? Severity.MEDIUM : points <= 4 ? Severity.HIGH : Severity.CRITICAL;
    return new Complaint(probability, category, severity, needsReply);
  }

  private static boolean isShouted(String word) {
    boolean upper = false;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper |= Character.isUpperCase(c);
    }
    return upper;
  }
}
