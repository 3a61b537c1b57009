package org.brandpulse.nlp.ml;

import java.util.function.Function;

/**
 * Out-of-fold predictions: each example is scored by a model trained on the other folds only, so
 * figures computed from them (and thresholds or offsets tuned on them) never see training data.
 */
public final class CrossValidation {
  private CrossValidation() {}

  /**
   * Class probabilities for every example of {@code data}, row {@code i} from the model that did
   * not train on example {@code i}.
   *
   * @param data the examples
   * @param k number of stratified folds
   * @param seed fold seed
   * @param trainer trains a model on a subset, e.g. {@code s -> LogisticRegression.binary(s, opts)}
   */
  public static double[][] outOfFoldProbabilities(
      TrainingSet data, int k, long seed, Function<TrainingSet, LinearModel> trainer) {
    double[][] out = new double[data.size()][];
    for (StratifiedKFold.Fold fold : StratifiedKFold.folds(data.classes(), k, seed)) {
      LinearModel model = trainer.apply(data.subset(fold.train()));
      for (int i : fold.test()) {
        double[] p = new double[data.labels().size()];
        model.probabilities(data.vectors().get(i), p);
        out[i] = p;
      }
    }
    return out;
  }
}
