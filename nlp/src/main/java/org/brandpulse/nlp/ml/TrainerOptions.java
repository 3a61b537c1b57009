package org.brandpulse.nlp.ml;

/**
 * Settings of {@link LogisticRegression} training.
 *
 * @param epochs passes over the data (1 to 1000)
 * @param learningRate AdaGrad base step size, positive
 * @param l2 L2 penalty per example on the weights of the features it has, at least 0
 * @param seed seed of the per-epoch shuffles; same seed and data give the same model
 * @param classWeights loss weight per class, or null for all 1
 */
public record TrainerOptions(
    int epochs, double learningRate, double l2, long seed, double[] classWeights) {

  /** Ten epochs, step 0.2, L2 1e-6, seed 42, unweighted. */
  public static final TrainerOptions DEFAULTS = new TrainerOptions(10, 0.2, 1e-6, 42, null);

  public TrainerOptions {
    if (epochs < 1 || epochs > 1000) {
      throw new IllegalArgumentException("epochs must be in [1, 1000], was " + epochs);
    }
    if (!(learningRate > 0) || !(l2 >= 0)) {
      throw new IllegalArgumentException(
          "learning rate must be > 0 and l2 >= 0, were " + learningRate + " and " + l2);
    }
    classWeights = classWeights == null ? null : classWeights.clone();
  }

  /** A copy with another number of epochs. */
  public TrainerOptions withEpochs(int n) {
    return new TrainerOptions(n, learningRate, l2, seed, classWeights);
  }

  /** A copy with another step size. */
  public TrainerOptions withLearningRate(double rate) {
    return new TrainerOptions(epochs, rate, l2, seed, classWeights);
  }

  /** A copy with another L2 penalty. */
  public TrainerOptions withL2(double penalty) {
    return new TrainerOptions(epochs, learningRate, penalty, seed, classWeights);
  }

  /** A copy with other class weights (null for none). */
  public TrainerOptions withClassWeights(double[] weights) {
    return new TrainerOptions(epochs, learningRate, l2, seed, weights);
  }

  /** A copy with another shuffle seed. */
  public TrainerOptions withSeed(long newSeed) {
    return new TrainerOptions(epochs, learningRate, l2, newSeed, classWeights);
  }
}
