package org.brandpulse.nlp.complaint;

import java.util.List;
import org.brandpulse.nlp.ComplaintCategory;
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

  private final CueTable<Signal> table =
      new CueTable<>(ComplaintCues.class, FILE, Signal.class, "signal");

  private ComplaintCues() {}

  private static final class Holder {
    static final ComplaintCues INSTANCE = new ComplaintCues();
  }

  /** The shared cues. */
  public static ComplaintCues get() {
    return Holder.INSTANCE;
  }

  /** Sums the weights of every cue occurrence in the tokens. */
  public Scores score(List<Token> tokens) {
    CueTable.Sums sums = table.score(tokens);
    return new Scores(sums.byCategory(), sums.byGroup());
  }
}
