package org.brandpulse.nlp.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.text.Token;

/**
 * English sentiment from a trained multinomial logistic regression over {@link
 * EnglishSentimentFeatures} (model card: {@code MODEL-CARD-en.md} beside {@value #RESOURCE}). The
 * label is the most probable class; the score is {@code P(positive) - P(negative)}, in [-1, 1].
 * Thread-safe: each thread reuses its own feature vector.
 */
public final class EnglishSentiment {
  /** The shipped model, a class-path resource beside this class. */
  public static final String RESOURCE = "en-sentiment.model";

  private static final List<String> LABELS = List.of("negative", "neutral", "positive");

  private final LinearModel model;
  private final EnglishSentimentFeatures features;
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  private static final class Scratch {
    final FeatureVector vector = new FeatureVector(512);
    final double[] p = new double[3];
  }

  private static final class Holder {
    static final EnglishSentiment SHIPPED = load();
  }

  /**
   * A scorer over a model trained on {@link EnglishSentimentFeatures}.
   *
   * @throws IllegalArgumentException when the model's labels, features or recipe differ
   */
  public EnglishSentiment(LinearModel model, EnglishSentimentFeatures features) {
    this.model = Objects.requireNonNull(model, "model");
    this.features = Objects.requireNonNull(features, "features");
    if (!model.labels().equals(LABELS)
        || !model.config().equals(features.hasher().config())
        || !EnglishSentimentFeatures.RECIPE.equals(model.properties().get("recipe"))) {
      throw new IllegalArgumentException(
          "not an English sentiment model of recipe "
              + EnglishSentimentFeatures.RECIPE
              + ": labels "
              + model.labels()
              + ", recipe "
              + model.properties().get("recipe")
              + ", "
              + model.config());
    }
  }

  /** The shipped model, loaded once on first use. */
  public static EnglishSentiment shipped() {
    return Holder.SHIPPED;
  }

  private static EnglishSentiment load() {
    try (InputStream in = EnglishSentiment.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "class-path resource org/brandpulse/nlp/sentiment/"
                + RESOURCE
                + " is missing; run org.brandpulse.nlp.train.TrainEnglishSentiment");
      }
      return new EnglishSentiment(LinearModel.read(in), new EnglishSentimentFeatures());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** The model. */
  public LinearModel model() {
    return model;
  }

  /** Scores a sanitized text and its tokens. */
  public Sentiment score(String text, List<Token> tokens) {
    Scratch s = scratch.get();
    features.extract(text, tokens, s.vector);
    model.probabilities(s.vector, s.p);
    return toSentiment(s.p);
  }

  /** The sentiment of class probabilities in order negative, neutral, positive. */
  static Sentiment toSentiment(double[] p) {
    int best = LinearModel.argmax(p, 3);
    double score = Math.max(-1.0, Math.min(1.0, p[2] - p[0]));
    return new Sentiment(SentimentLabel.values()[best], Double.isNaN(score) ? 0.0 : score);
  }
}
