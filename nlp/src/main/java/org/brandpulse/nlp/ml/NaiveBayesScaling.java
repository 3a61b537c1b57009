package org.brandpulse.nlp.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Naive-Bayes feature scaling for binary logistic regression ("NB-LR", after the NB-SVM of Wang and
 * Manning, ACL 2012): every hashed slot {@code j} gets the log-count ratio {@code r_j = log((p_j /
 * |p|) / (q_j / |q|))}, where {@code p_j} and {@code q_j} are {@code alpha} plus the number of
 * class-1 and class-0 examples that use the slot. The classifier is trained on {@code r ∘ x}, which
 * gives the discriminative n-grams a head start, and {@link #fold} then multiplies the learnt
 * weights by {@code r}: the saved model scores plain {@code x}, so prediction costs nothing extra.
 * Slots listed as dense (real-valued cues such as sentiment or length, not counts) keep {@code r =
 * 1}. Immutable.
 */
public final class NaiveBayesScaling {
  private final float[] ratios;
  private final double alpha;

  private NaiveBayesScaling(float[] ratios, double alpha) {
    this.ratios = ratios;
    this.alpha = alpha;
  }

  /**
   * The ratios of a two-class training set.
   *
   * @param set the examples, classes 0 and 1
   * @param alpha smoothing count added to both classes, positive
   * @param denseSlots slots left unscaled
   */
  public static NaiveBayesScaling fit(TrainingSet set, double alpha, int[] denseSlots) {
    if (set.labels().size() != 2) {
      throw new IllegalArgumentException("NB scaling needs 2 labels, got " + set.labels());
    }
    if (!(alpha > 0)) {
      throw new IllegalArgumentException("alpha must be > 0, was " + alpha);
    }
    int dim = set.config().dimension();
    int mask = dim - 1;
    double[] p = new double[dim];
    double[] q = new double[dim];
    for (int i = 0; i < set.size(); i++) {
      double[] counts = set.classes()[i] == 1 ? p : q;
      for (int index : set.vectors().get(i).indices()) {
        counts[index & mask] += 1;
      }
    }
    double sumP = 0;
    double sumQ = 0;
    for (int j = 0; j < dim; j++) {
      sumP += p[j] + alpha;
      sumQ += q[j] + alpha;
    }
    float[] r = new float[dim];
    for (int j = 0; j < dim; j++) {
      r[j] = (float) Math.log(((p[j] + alpha) / sumP) / ((q[j] + alpha) / sumQ));
    }
    for (int slot : denseSlots) {
      r[slot & mask] = 1f;
    }
    return new NaiveBayesScaling(r, alpha);
  }

  /** The ratio of a slot. */
  public float ratio(int slot) {
    return ratios[slot & (ratios.length - 1)];
  }

  /** The set with every feature value multiplied by its slot's ratio. */
  public TrainingSet apply(TrainingSet set) {
    int mask = ratios.length - 1;
    List<SparseVector> scaled = new ArrayList<>(set.size());
    for (SparseVector x : set.vectors()) {
      int[] idx = x.indices();
      float[] v = x.values().clone();
      for (int q = 0; q < idx.length; q++) {
        v[q] *= ratios[idx[q] & mask];
      }
      scaled.add(new SparseVector(idx, v));
    }
    return new TrainingSet(set.config(), set.labels(), scaled, set.classes());
  }

  /**
   * A model trained on {@link #apply applied} features turned into one that scores raw features:
   * weights multiplied by the ratios, bias kept; property {@code nb-alpha} records the smoothing.
   */
  public LinearModel fold(LinearModel scaled) {
    if (!scaled.binary() || scaled.config().dimension() != ratios.length) {
      throw new IllegalArgumentException(
          "expected a binary model over " + ratios.length + " slots, got " + scaled);
    }
    float[] w = scaled.weights().clone();
    for (int j = 0; j < w.length; j++) {
      w[j] *= ratios[j];
    }
    return new LinearModel(
            scaled.config(), scaled.labels(), scaled.properties(), true, w, scaled.bias().clone())
        .withOffsets(new double[2], Map.of("nb-alpha", Double.toString(alpha)));
  }
}
