package org.brandpulse.nlp.ml;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trained linear classifier over hashed features: multinomial logistic regression (one weight row
 * per class, softmax) or binary logistic regression (one row; class 0 has a fixed margin of 0, so
 * the softmax of {@code (0, m)} is the logistic function of {@code m}). Weights are float32, laid
 * out feature-major ({@code w[index * rows + row]}) so that one feature's rows share a cache line.
 * Immutable and thread-safe; prediction allocates nothing when the caller passes its own arrays.
 * Saved and loaded by {@link LinearModelFormat}.
 */
public final class LinearModel {
  private final FeatureConfig config;
  private final List<String> labels;
  private final Map<String, String> properties;
  private final int rows;
  private final float[] weights;
  private final float[] bias;

  /**
   * A model from its parts (the arrays are taken, not copied).
   *
   * @param config the features it was trained on
   * @param labels class names, at least two; a binary model has exactly two
   * @param properties free-form metadata saved with the model (feature recipe version, figures)
   * @param binary true for one logistic row, false for one row per class
   * @param weights {@code dimension * rows} weights, feature-major
   * @param bias one bias per row
   */
  public LinearModel(
      FeatureConfig config,
      List<String> labels,
      Map<String, String> properties,
      boolean binary,
      float[] weights,
      float[] bias) {
    this.config = Objects.requireNonNull(config, "config");
    this.labels = List.copyOf(labels);
    this.properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    if (this.labels.size() < 2 || (binary && this.labels.size() != 2)) {
      throw new IllegalArgumentException(
          (binary ? "a binary model needs exactly 2 labels" : "a model needs at least 2 labels")
              + ", got "
              + this.labels);
    }
    this.rows = binary ? 1 : this.labels.size();
    if (weights.length != (long) config.dimension() * rows || bias.length != rows) {
      throw new IllegalArgumentException(
          "expected "
              + config.dimension() * (long) rows
              + " weights and "
              + rows
              + " biases, got "
              + weights.length
              + " and "
              + bias.length);
    }
    this.weights = weights;
    this.bias = bias;
  }

  /** The feature configuration the model expects. */
  public FeatureConfig config() {
    return config;
  }

  /** Class names in output order. */
  public List<String> labels() {
    return labels;
  }

  /** Saved metadata. */
  public Map<String, String> properties() {
    return properties;
  }

  /** Number of classes. */
  public int classes() {
    return labels.size();
  }

  /** True for a binary logistic model. */
  public boolean binary() {
    return rows == 1;
  }

  int rows() {
    return rows;
  }

  float[] weights() {
    return weights;
  }

  float[] bias() {
    return bias;
  }

  /** Writes the class margins (log-odds up to a constant) into {@code out[0..classes)}. */
  public void scores(FeatureVector x, double[] out) {
    scores(x.indexArray(), x.valueArray(), x.size(), out);
  }

  /** As {@link #scores(FeatureVector, double[])} for a stored vector. */
  public void scores(SparseVector x, double[] out) {
    scores(x.indices(), x.values(), x.size(), out);
  }

  private void scores(int[] idx, float[] val, int n, double[] out) {
    int mask = config.dimension() - 1;
    if (rows == 1) {
      double m = bias[0];
      for (int i = 0; i < n; i++) {
        m += weights[idx[i] & mask] * (double) val[i];
      }
      out[0] = 0;
      out[1] = m;
      return;
    }
    for (int r = 0; r < rows; r++) {
      out[r] = bias[r];
    }
    for (int i = 0; i < n; i++) {
      int base = (idx[i] & mask) * rows;
      double v = val[i];
      for (int r = 0; r < rows; r++) {
        out[r] += weights[base + r] * v;
      }
    }
  }

  /** Writes class probabilities into {@code out[0..classes)}. */
  public void probabilities(FeatureVector x, double[] out) {
    scores(x, out);
    softmax(out, classes());
  }

  /** As {@link #probabilities(FeatureVector, double[])} for a stored vector. */
  public void probabilities(SparseVector x, double[] out) {
    scores(x, out);
    softmax(out, classes());
  }

  /** The most probable class; {@code scratch} needs {@link #classes()} slots. */
  public int predict(FeatureVector x, double[] scratch) {
    scores(x, scratch);
    return argmax(scratch, classes());
  }

  /**
   * A copy whose class margins are shifted by {@code offsets} (log-prior corrections, e.g. tuned to
   * maximise macro-recall on held-out data). For a binary model only {@code offsets[1] -
   * offsets[0]} matters.
   */
  public LinearModel withOffsets(double[] offsets, Map<String, String> extraProperties) {
    if (offsets.length != classes()) {
      throw new IllegalArgumentException("need " + classes() + " offsets, got " + offsets.length);
    }
    float[] b = bias.clone();
    if (rows == 1) {
      b[0] += (float) (offsets[1] - offsets[0]);
    } else {
      for (int r = 0; r < rows; r++) {
        b[r] += (float) offsets[r];
      }
    }
    Map<String, String> props = new LinkedHashMap<>(properties);
    props.putAll(extraProperties);
    return new LinearModel(config, labels, props, rows == 1, weights, b);
  }

  /** In-place softmax of {@code v[0..n)}. */
  public static void softmax(double[] v, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, v[i]);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      v[i] = Math.exp(v[i] - max);
      sum += v[i];
    }
    for (int i = 0; i < n; i++) {
      v[i] /= sum;
    }
  }

  /** Index of the largest of {@code v[0..n)}, the first on ties. */
  public static int argmax(double[] v, int n) {
    int best = 0;
    for (int i = 1; i < n; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  /** Writes the model in the compact binary format of {@link LinearModelFormat}. */
  public void write(java.io.OutputStream out) throws java.io.IOException {
    LinearModelFormat.write(this, out);
  }

  /**
   * Reads a model written by {@link #write(java.io.OutputStream)}.
   *
   * @throws java.io.IOException when the stream is truncated, not a model, or of another version
   */
  public static LinearModel read(java.io.InputStream in) throws java.io.IOException {
    return LinearModelFormat.read(in);
  }

  /** Number of non-zero weights (model size indicator). */
  public int nonZeroWeights() {
    int nz = 0;
    for (float w : weights) {
      nz += w != 0f ? 1 : 0;
    }
    return nz;
  }

  @Override
  public String toString() {
    return "LinearModel"
        + labels
        + (binary() ? " binary " : " multinomial ")
        + config
        + " bias="
        + Arrays.toString(bias);
  }
}
