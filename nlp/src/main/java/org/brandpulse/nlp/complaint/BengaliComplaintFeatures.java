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
  private static final ComplaintCategory[] CATEGORIES = ComplaintCategory.values();
  private static final ComplaintCues.Signal[] SIGNALS = ComplaintCues.Signal.values();

  private final boolean cues;
  // The slots of the named cue features (FeatureHasher#addNamed), looked up once.
  private final int categorySlot;
  private final int[] signalSlots = new int[SIGNALS.length];
  private final int questionSlot;

  /**
   * A recipe over the given hashing configuration.
   *
   * @param config hash space and n-gram settings (as for {@link BengaliFeatures})
   * @param cues whether the cue-rule features follow the n-grams
   */
  public BengaliComplaintFeatures(FeatureConfig config, boolean cues) {
    this.base = new BengaliFeatures(Objects.requireNonNull(config, "config"));
    FeatureHasher named = new FeatureHasher(config.withCharNgrams(0, 0));
    this.cues = cues;
    this.categorySlot = named.namedIndex("bnc.category");
    for (int i = 0; i < SIGNALS.length; i++) {
      signalSlots[i] = named.namedIndex("bnc." + SIGNALS[i].name());
    }
    this.questionSlot = named.namedIndex("bnc.question");
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
    if (cues) {
      addCues(text, CUES.score(tokens), out);
    }
  }

  /** True when {@link #extractPair} serves this recipe and {@code other} in one pass. */
  boolean pairable(BengaliComplaintFeatures other) {
    return cues == other.cues && base.pairable(other.base);
  }

  /**
   * Writes this recipe's features into {@code out} and the {@link #pairable} {@code other}'s into
   * {@code otherOut}, exactly as two {@link #extract} calls would, sharing the work the two have in
   * common (see {@link BengaliFeatures#extractPair}).
   *
   * @return the cue scores of the tokens, or null when the recipes leave the cues out
   */
  ComplaintCues.Scores extractPair(
      String text,
      List<Token> tokens,
      FeatureVector out,
      BengaliComplaintFeatures other,
      FeatureVector otherOut) {
    base.extractPair(text, tokens, out, other.base, otherOut);
    if (!cues) {
      return null;
    }
    ComplaintCues.Scores s = CUES.score(tokens);
    addCues(text, s, out);
    other.addCues(text, s, otherOut);
    return s;
  }

  private void addCues(String text, ComplaintCues.Scores s, FeatureVector out) {
    double best = 0;
    for (ComplaintCategory c : CATEGORIES) {
      best = Math.max(best, s.of(c));
    }
    out.add(categorySlot, (float) (Math.min(best, 4) / 4));
    for (int i = 0; i < SIGNALS.length; i++) {
      out.add(signalSlots[i], (float) (Math.min(s.of(SIGNALS[i]), 3) / 3));
    }
    boolean question = text.indexOf('?') >= 0 || text.indexOf('\uFF1F') >= 0;
    out.add(questionSlot, question ? 1f : 0f);
  }
}
