package org.brandpulse.nlp.complaint;

import java.util.List;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.text.PhraseMatcher;
import org.brandpulse.nlp.text.Resources;
import org.brandpulse.nlp.text.Token;

/**
 * The cue phrases of {@code complaint-cues.txt}, English and Bengali, indexed for one-pass
 * matching. Each cue belongs to a {@link ComplaintCategory} or to a {@link Signal}. Immutable;
 * {@link #get()} loads once.
 */
public final class ComplaintCues {
  private static final String FILE = "complaint-cues.txt";

  /** Cue groups that are evidence of a complaint without naming its category. */
  public enum Signal {
    GENERAL,
    HELP,
    ORDER,
    PERSON,
    REPEAT,
    THREAT
  }

  /** One cue: either a category or a signal, with its weight. */
  record Cue(ComplaintCategory category, Signal signal, double weight) {}

  /** Summed cue weights of a text. */
  public record Scores(double[] byCategory, double[] bySignal) {
    /** The weight summed for a category. */
    public double of(ComplaintCategory c) {
      return byCategory[c.ordinal()];
    }

    /** The weight summed for a signal. */
    public double of(Signal s) {
      return bySignal[s.ordinal()];
    }
  }

  private final PhraseMatcher<Cue> matcher = new PhraseMatcher<>();

  private ComplaintCues() {
    List<String> lines = Resources.lines(ComplaintCues.class, FILE, true);
    for (int i = 0; i < lines.size(); i++) {
      String[] parts = lines.get(i).split("\\s+", 3);
      if (parts.length < 3) {
        throw Resources.badLine(ComplaintCues.class, FILE, i, lines.get(i), "GROUP WEIGHT PHRASE");
      }
      try {
        double weight = Double.parseDouble(parts[1]);
        Cue cue =
            isSignal(parts[0])
                ? new Cue(null, Signal.valueOf(parts[0]), weight)
                : new Cue(ComplaintCategory.valueOf(parts[0]), null, weight);
        matcher.add(parts[2], cue);
      } catch (IllegalArgumentException e) {
        throw Resources.badLine(
            ComplaintCues.class, FILE, i, lines.get(i), "a category or signal and a weight");
      }
    }
  }

  private static boolean isSignal(String group) {
    for (Signal s : Signal.values()) {
      if (s.name().equals(group)) {
        return true;
      }
    }
    return false;
  }

  private static final class Holder {
    static final ComplaintCues INSTANCE = new ComplaintCues();
  }

  /** The shared cues. */
  public static ComplaintCues get() {
    return Holder.INSTANCE;
  }

  /** Sums the weights of every cue occurrence in the tokens. */
  public Scores score(List<Token> tokens) {
    double[] categories = new double[ComplaintCategory.values().length];
    double[] signals = new double[Signal.values().length];
    matcher.match(
        tokens,
        (index, cue) -> {
          if (cue.category() != null) {
            categories[cue.category().ordinal()] += cue.weight();
          } else {
            signals[cue.signal().ordinal()] += cue.weight();
          }
        });
    return new Scores(categories, signals);
  }
}
