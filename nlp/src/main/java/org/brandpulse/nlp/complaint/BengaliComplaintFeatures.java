package org.brandpulse.nlp.complaint;

import java.util.List;
import java.util.Objects;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.ml.FeatureConfig;
import org.brandpulse.nlp.ml.FeatureHasher;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.sentiment.BengaliFeatures;
import org.brandpulse.nlp.text.Token;

/**
 * The feature recipe of the Bengali complaint and needs-reply models, shared by training and
 * prediction: the {@link BengaliFeatures} of the Bengali sentiment model (normalised and stemmed
 * word uni- and bigrams, character n-grams of the surface forms, so Banglish words count too, and
 * three dense cues), optionally followed by the Bengali and English cue rules of {@code
 * complaint-cues.txt} as dense features: the strongest category weight, each signal's weight
 * (general complaint, help, order, person, repetition, threat), and a question mark. That is how
 * the rules and the learned weights are combined: the model learns how far to trust each cue.
 * Immutable and thread-safe.
 */
public final class BengaliComplaintFeatures {
  /** Recipe name saved in the model; {@link #NO_CUES_RECIPE} leaves the cue features out. */
  public static final String RECIPE = "bengali-complaint-1";

  /** Recipe name of the variant without the cue features. */
  public static final String NO_CUES_RECIPE = "bengali-complaint-1-nocues";

  private static final ComplaintCues CUES = ComplaintCues.get();

  private final BengaliFeatures base;
  private final FeatureHasher named;
  private final boolean cues;

  /**
   * A recipe over the given hashing configuration.
   *
   * @param config hash space and n-gram settings (as for {@link BengaliFeatures})
   * @param cues whether the cue-rule features follow the n-grams
   */
  public BengaliComplaintFeatures(FeatureConfig config, boolean cues) {
    this.base = new BengaliFeatures(Objects.requireNonNull(config, "config"));
    this.named = new FeatureHasher(config.withCharNgrams(0, 0));
    this.cues = cues;
  }

  /** The recipe name of a model trained with or without cue features. */
  public static String recipe(boolean cues) {
    return cues ? RECIPE : NO_CUES_RECIPE;
  }

  /** Whether the cue features are on. */
  public boolean cues() {
    return cues;
  }

  /**
   * Writes the features of a sanitized, tokenized text into {@code out} (cleared first).
   *
   * @param text the sanitized text
   * @param tokens its tokens
   * @param out the vector to fill
   */
  public void extract(String text, List<Token> tokens, FeatureVector out) {
    base.extract(text, tokens, out);
    if (!cues) {
      return;
    }
    ComplaintCues.Scores s = CUES.score(tokens);
    double best = 0;
    for (ComplaintCategory c : ComplaintCategory.values()) {
      best = Math.max(best, s.of(c));
    }
    named.addNamed("bnc.category", (float) (Math.min(best, 4) / 4), out);
    for (ComplaintCues.Signal signal : ComplaintCues.Signal.values()) {
      named.addNamed("bnc." + signal.name(), (float) (Math.min(s.of(signal), 3) / 3), out);
    }
    boolean question = text.indexOf('?') >= 0 || text.indexOf('\uFF1F') >= 0;
    named.addNamed("bnc.question", question ? 1f : 0f, out);
  }
}
