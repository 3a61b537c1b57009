package org.brandpulse.nlp.complaint;

import java.util.List;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.text.Token;

/**
 * The phrases of {@code triage-cues.txt}: what {@link ComplaintTriage} reads beyond the model's own
 * cues ({@link ComplaintCues}, which are model features and stay as trained). Each phrase belongs
 * to a {@link Kind} or adds weight to a {@link ComplaintCategory} when choosing the category of a
 * complaint. Immutable; {@link #get()} loads once.
 */
final class TriageCues {
  private static final String FILE = "triage-cues.txt";

  /** What a phrase says about the post as a whole. */
  enum Kind {
    /** A short follow-up that the earlier contact went nowhere ("still down", "didn't work"). */
    NAG,
    /** A nag word that counts only in a post of at most four words ("Again"). */
    SHORT_NAG,
    /** The writer leaves or threatens to ("lost 2 customers", "cancelled my service"). */
    CHURN,
    /** Thanks or praise ("thank you", "great job"). */
    THANKS,
    /** The matter is over ("working again", "sorted my issue"). */
    RESOLVED,
    /** A request for help without a question mark ("I need help", "please advise"). */
    ASK,
    /** How a help request opens ("how do I", "is there a way"). */
    QUESTION,
    /** A bare acknowledgement in a support thread ("Done", "DM sent", "Just did"). */
    ACK
  }

  /** Summed weights of a text's phrases. */
  record Scores(double[] byCategory, double[] byKind) {
    double of(ComplaintCategory c) {
      return byCategory[c.ordinal()];
    }

    boolean has(Kind k) {
      return byKind[k.ordinal()] > 0;
    }
  }

  private final CueTable<Kind> table = new CueTable<>(TriageCues.class, FILE, Kind.class, "kind");

  private TriageCues() {}

  private static final class Holder {
    static final TriageCues INSTANCE = new TriageCues();
  }

  static TriageCues get() {
    return Holder.INSTANCE;
  }

  Scores score(List<Token> tokens) {
    CueTable.Sums sums = table.score(tokens);
    return new Scores(sums.byCategory(), sums.byGroup());
  }
}
