package org.brandpulse.nlp.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;

/**
 * Bengali sentiment by multinomial logistic regression over {@link BengaliFeatures}: the label is
 * the most probable class, the score {@code p(positive) - p(negative)} in [-1, 1]. The shipped
 * model ({@value #RESOURCE}, see {@code MODEL-CARD-bn.md} beside it) is trained by {@code
 * org.brandpulse.nlp.train.TrainBengaliSentiment}. About 10 to 30 microseconds a post; immutable
 * and thread-safe.
 */
public final class BengaliSentimentModel {
  /** The bundled model's resource name, beside this class. */
  public static final String RESOURCE = "bn-sentiment.model";

  /**
   * Per-thread feature vector reused from post to post; one that grew past {@link #KEEP} entries on
   * a very long post is let go rather than held for the life of the thread.
   */
  private static final ThreadLocal<FeatureVector> SCRATCH =
      ThreadLocal.withInitial(() -> new FeatureVector(4096));

  private static final int KEEP = 1 << 16;

  private final LinearModel model;
  private final BengaliFeatures features;
  private final SentimentLabel[] labels;

  /**
   * A scorer over a trained model.
   *
   * @throws IllegalArgumentException unless the model's labels are sentiment labels
   */
  public BengaliSentimentModel(LinearModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.features = new BengaliFeatures(model.config());
    List<String> names = model.labels();
    this.labels = new SentimentLabel[names.size()];
    for (int i = 0; i < labels.length; i++) {
      try {
        labels[i] = SentimentLabel.parse(names.get(i));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "model label " + i + " '" + names.get(i) + "' is not negative|neutral|positive", e);
      }
    }
  }

  private static final class Holder {
    static final BengaliSentimentModel INSTANCE = loadResource();
  }

  /** The bundled model, loaded once on first use. */
  public static BengaliSentimentModel loadDefault() {
    return Holder.INSTANCE;
  }

  /** Reads a model file written by {@link LinearModel#write}. */
  public static BengaliSentimentModel read(InputStream in) throws IOException {
    return new BengaliSentimentModel(LinearModel.read(in));
  }

  private static BengaliSentimentModel loadResource() {
    try (InputStream in = BengaliSentimentModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource org/brandpulse/nlp/sentiment/"
                + RESOURCE
                + "; run org.brandpulse.nlp.train.TrainBengaliSentiment");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  /** The underlying model (labels, configuration, saved figures). */
  public LinearModel model() {
    return model;
  }

  /** Scores raw text; empty, binary or wordless text is {@link Sentiment#NEUTRAL}. */
  public Sentiment score(String text) {
    Optional<String> clean = TextSanitizer.sanitize(text, TextSanitizer.DEFAULT_MAX_CHARS);
    if (clean.isEmpty() || clean.get().isBlank()) {
      return Sentiment.NEUTRAL;
    }
    return score(clean.get(), Tokenizer.tokenize(clean.get()));
  }

  /**
   * Scores a sanitized text and its tokens (the fast tier's form).
   *
   * @param text the sanitized text
   * @param tokens its tokens
   */
  public Sentiment score(String text, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return Sentiment.NEUTRAL;
    }
    FeatureVector x = SCRATCH.get();
    features.extract(text, tokens, x);
    double[] p = new double[labels.length];
    model.probabilities(x, p);
    if (x.size() > KEEP) {
      SCRATCH.remove();
    }
    int best = LinearModel.argmax(p, p.length);
    double polarity = 0;
    for (int i = 0; i < labels.length; i++) {
      polarity +=
          labels[i] == SentimentLabel.POSITIVE
              ? p[i]
              : labels[i] == SentimentLabel.NEGATIVE ? -p[i] : 0;
    }
    return new Sentiment(labels[best], Math.max(-1.0, Math.min(1.0, polarity)));
  }
}
