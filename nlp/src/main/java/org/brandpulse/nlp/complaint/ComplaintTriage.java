package org.brandpulse.nlp.complaint;

import static org.brandpulse.nlp.complaint.ComplaintCues.Signal.HELP;
import static org.brandpulse.nlp.complaint.ComplaintCues.Signal.ORDER;
import static org.brandpulse.nlp.complaint.ComplaintCues.Signal.REPEAT;
import static org.brandpulse.nlp.complaint.ComplaintCues.Signal.THREAT;

import java.util.List;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.Severity;
import org.brandpulse.nlp.text.Token;

/**
 * Turns a complaint probability and the cue scores of a text into a {@link Complaint}: category,
 * severity and needs-reply, by rule.
 *
 * <ul>
 *   <li><b>Category</b>: the category with the most cue weight when that weight is at least 1, else
 *       {@link ComplaintCategory#OTHER}; ties go to the category listed first in {@link
 *       ComplaintCategory} (damage before delivery before refund ...).
 *   <li><b>Severity</b> points: fraud 3, payment 2, account 1; one each for anger signs (two or
 *       more shouted words, two or more {@code !}, repetition such as "again" or "still", a
 *       sentiment score at or below -0.6); 2 for a threat (lawyer, court, police). 0 points is LOW,
 *       1–2 MEDIUM, 3–4 HIGH, 5 or more CRITICAL.
 *   <li><b>Needs reply</b>: (addressed to the brand, by handle or name, or about the writer's order
 *       or account) and (a complaint or asking for help) and not written by the brand.
 * </ul>
 *
 * A text that is no complaint gets category and severity NONE but may still need a reply (a
 * question to the brand).
 */
final class ComplaintTriage {
  private ComplaintTriage() {}

  /** The category a complaint with these cues is about. */
  static ComplaintCategory category(ComplaintCues.Scores s) {
    ComplaintCategory best = ComplaintCategory.NONE;
    for (ComplaintCategory c : ComplaintCategory.values()) {
      if (s.of(c) > s.of(best)) {
        best = c;
      }
    }
    return s.of(best) >= 1.0 ? best : ComplaintCategory.OTHER;
  }

  static Complaint judge(
      double probability,
      ComplaintCues.Scores s,
      List<Token> tokens,
      Sentiment sentiment,
      boolean addressedToBrand,
      boolean authoredByBrand) {
    ComplaintCategory category = category(s);
    boolean question = hasQuestionMark(tokens);
    // The model learned complaints against random tweets, so on a brand's own mentions it also
    // fires on praise and plain questions. Clear praise is no complaint, and a question with no
    // complaint cue that is not negative is a help request (it still needs a reply).
    boolean praise =
        sentiment.label() == org.brandpulse.nlp.SentimentLabel.POSITIVE && sentiment.score() >= 0.5;
    boolean plainQuestion =
        question
            && category == ComplaintCategory.OTHER
            && sentiment.label() != org.brandpulse.nlp.SentimentLabel.NEGATIVE;
    boolean complaint = probability >= 0.5 && !praise && !plainQuestion;
    double p = complaint ? probability : Math.min(probability, 0.49);
    boolean asksHelp = s.of(HELP) >= 1.0 || question;
    boolean needsReply =
        (complaint || asksHelp) && (addressedToBrand || s.of(ORDER) > 0) && !authoredByBrand;
    if (!complaint) {
      return new Complaint(p, ComplaintCategory.NONE, Severity.NONE, needsReply);
    }
    return new Complaint(p, category, severity(category, s, tokens, sentiment), needsReply);
  }

  private static boolean hasQuestionMark(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.PUNCT && t.text().contains("?")) {
        return true;
      }
    }
    return false;
  }

  static Severity severity(
      ComplaintCategory category, ComplaintCues.Scores s, List<Token> tokens, Sentiment sentiment) {
    int caps = 0;
    int exclamations = 0;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.WORD && t.text().length() >= 3 && isShouted(t.text())) {
        caps++;
      } else if (t.kind() == Token.Kind.PUNCT && t.text().equals("!")) {
        exclamations++;
      }
    }
    int anger =
        (caps >= 2 ? 1 : 0)
            + (exclamations >= 2 ? 1 : 0)
            + (s.of(REPEAT) > 0 ? 1 : 0)
            + (sentiment.score() <= -0.6 ? 1 : 0);
    int points =
        switch (category) {
              case FRAUD_SCAM -> 3;
              case BILLING_PAYMENT -> 2;
              case ACCOUNT_ACCESS -> 1;
              default -> 0;
            }
            + anger
            + (s.of(THREAT) > 0 ? 2 : 0);
    return points == 0
        ? Severity.LOW
        : points <= 2 ? Severity.MEDIUM : points <= 4 ? Severity.HIGH : Severity.CRITICAL;
  }

  static boolean isShouted(String word) {
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
