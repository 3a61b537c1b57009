package org.brandpulse.nlp.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Labelled examples ready for training: feature vectors, class indices into {@code labels} and the
 * feature configuration that produced the vectors.
 *
 * @param config how the vectors were hashed
 * @param labels class names; {@code classes[i]} indexes this list
 * @param vectors one vector per example
 * @param classes one class index per example
 */
public record TrainingSet(
    FeatureConfig config, List<String> labels, List<SparseVector> vectors, int[] classes) {

  public TrainingSet {
    Objects.requireNonNull(config, "config");
    labels = List.copyOf(labels);
    vectors = List.copyOf(vectors);
    classes = classes.clone();
    if (labels.size() < 2) {
      throw new IllegalArgumentException("need at least 2 labels, got " + labels);
    }
    if (vectors.size() != classes.length) {
      throw new IllegalArgumentException(
          vectors.size() + " vectors but " + classes.length + " class indices");
    }
    for (int i = 0; i < classes.length; i++) {
      if (classes[i] < 0 || classes[i] >= labels.size()) {
        throw new IllegalArgumentException(
            "example " + i + ": class index " + classes[i] + " outside 0.." + (labels.size() - 1));
      }
    }
  }

  /** Number of examples. */
  public int size() {
    return classes.length;
  }

  /** The examples at the given positions, in that order. */
  public TrainingSet subset(int[] positions) {
    List<SparseVector> v = new ArrayList<>(positions.length);
    int[] c = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      v.add(vectors.get(positions[i]));
      c[i] = classes[positions[i]];
    }
    return new TrainingSet(config, labels, v, c);
  }

  /** Examples per class. */
  public int[] classCounts() {
    int[] counts = new int[labels.size()];
    for (int c : classes) {
      counts[c]++;
    }
    return counts;
  }

  /**
   * "Balanced" class weights {@code n / (k * count_c)}: every class contributes the same total
   * weight to the loss. Classes without examples get weight 1.
   */
  public double[] balancedClassWeights() {
    int[] counts = classCounts();
    double[] w = new double[counts.length];
    for (int c = 0; c < counts.length; c++) {
      w[c] = counts[c] == 0 ? 1.0 : size() / (double) (counts.length * counts[c]);
    }
    return w;
  }
}
