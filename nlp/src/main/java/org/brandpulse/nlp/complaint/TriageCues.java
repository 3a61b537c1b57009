package org.brandpulse.nlp.complaint;

import java.util.List;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.text.PhraseMatcher;
import org.brandpulse.nlp.text.Resources;
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

  private record Cue(ComplaintCategory category, Kind kind, double weight) {}

  /** Summed weights of a text's phrases. */
  record Scores(double[] byCategory, double[] byKind) {
    double of(ComplaintCategory c) {
      return byCategory[c.ordinal()];
    }

    boolean has(Kind k) {
      return byKind[k.ordinal()] > 0;
    }
  }

  private final PhraseMatcher<Cue> matcher = new PhraseMatcher<>();

  private TriageCues() {
    List<String> lines = Resources.lines(TriageCues.class, FILE, true);
    for (int i = 0; i < lines.size(); i++) {
      String[] parts = lines.get(i).split("\\s+", 3);
      if (parts.length < 3) {
        throw Resources.badLine(TriageCues.class, FILE, i, lines.get(i), "GROUP WEIGHT PHRASE");
      }
      try {
        double weight = Double.parseDouble(parts[1]);
        matcher.add(
            parts[2],
            isKind(parts[0])
                ? new Cue(null, Kind.valueOf(parts[0]), weight)
                : new Cue(ComplaintCategory.valueOf(parts[0]), null, weight));
      } catch (IllegalArgumentException e) {
        throw Resources.badLine(
            TriageCues.class, FILE, i, lines.get(i), "a category or kind and a weight");
      }
    }
  }

  private static boolean isKind(String group) {
    for (Kind k : Kind.values()) {
      if (k.name().equals(group)) {
        return true;
      }
    }
    return false;
  }

  private static final class Holder {
    static final TriageCues INSTANCE = new TriageCues();
  }

  static TriageCues get() {
    return Holder.INSTANCE;
  }

  Scores score(List<Token> tokens) {
    double[] categories = new double[ComplaintCategory.values().length];
    double[] kinds = new double[Kind.values().length];
    matcher.match(
        tokens,
        (index, cue) -> {
          if (cue.category() != null) {
            categories[cue.category().ordinal()] += cue.weight();
          } else {
            kinds[cue.kind().ordinal()] += cue.weight();
          }
        });
    return new Scores(categories, kinds);
  }
}
