package org.brandpulse.nlp.ml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Trains {@link LinearModel}s by stochastic gradient descent with AdaGrad step sizes (Duchi, Hazan,
 * Singer, JMLR 2011) on the class-weighted cross-entropy plus an L2 penalty. One thread, examples
 * visited in an order shuffled from the seed each epoch: the same data and options always give the
 * same weights, bit for bit.
 */
public final class LogisticRegression {
  private static final double EPSILON = 1e-8;

  private LogisticRegression() {}

  /** A softmax model with one weight row per class. */
  public static LinearModel multinomial(TrainingSet data, TrainerOptions options) {
    return train(data, options, false);
  }

  /** A logistic model for two classes; the probability of class 1 is {@code σ(w·x + b)}. */
  public static LinearModel binary(TrainingSet data, TrainerOptions options) {
    if (data.labels().size() != 2) {
      throw new IllegalArgumentException("binary training needs 2 labels, got " + data.labels());
    }
    return train(data, options, true);
  }

  private static LinearModel train(TrainingSet data, TrainerOptions options, boolean binary) {
    int k = data.labels().size();
    int rows = binary ? 1 : k;
    int dim = data.config().dimension();
    float[] w = new float[dim * rows];
    float[] gw = new float[dim * rows];
    float[] b = new float[rows];
    double[] gb = new double[rows];
    double[] cw = options.classWeights();
    if (cw != null && cw.length != k) {
      throw new IllegalArgumentException("need " + k + " class weights, got " + cw.length);
    }
    int n = data.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(options.seed());
    double[] p = new double[k];
    double[] g = new double[rows];
    double rate = options.learningRate();
    double l2 = options.l2();
    int mask = dim - 1;
    for (int epoch = 0; epoch < options.epochs(); epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int e : order) {
        SparseVector x = data.vectors().get(e);
        int y = data.classes()[e];
        double weight = cw == null ? 1.0 : cw[y];
        margins(x, w, b, rows, mask, p);
        LinearModel.softmax(p, k);
        if (binary) {
          g[0] = weight * (p[1] - (y == 1 ? 1 : 0));
        } else {
          for (int r = 0; r < rows; r++) {
            g[r] = weight * (p[r] - (r == y ? 1 : 0));
          }
        }
        int[] idx = x.indices();
        float[] val = x.values();
        for (int q = 0; q < idx.length; q++) {
          int base = (idx[q] & mask) * rows;
          for (int r = 0; r < rows; r++) {
            int a = base + r;
            double grad = g[r] * val[q] + l2 * w[a];
            gw[a] += (float) (grad * grad);
            w[a] -= (float) (rate * grad / Math.sqrt(gw[a] + EPSILON));
          }
        }
        for (int r = 0; r < rows; r++) {
          gb[r] += g[r] * g[r];
          b[r] -= (float) (rate * g[r] / Math.sqrt(gb[r] + EPSILON));
        }
      }
    }
    // Insertion order, not Map.of: its iteration order changes from one JVM run to the next, and
    // the saved file must be the same bytes every time.
    Map<String, String> props = new LinkedHashMap<>();
    props.put("trainer", binary ? "adagrad-binary" : "adagrad-softmax");
    props.put("epochs", Integer.toString(options.epochs()));
    props.put("examples", Integer.toString(n));
    return new LinearModel(data.config(), data.labels(), props, binary, w, b);
  }

  private static void margins(
      SparseVector x, float[] w, float[] b, int rows, int mask, double[] out) {
    int[] idx = x.indices();
    float[] val = x.values();
    if (rows == 1) {
      double m = b[0];
      for (int q = 0; q < idx.length; q++) {
        m += w[idx[q] & mask] * (double) val[q];
      }
      out[0] = 0;
      out[1] = m;
      return;
    }
    for (int r = 0; r < rows; r++) {
      out[r] = b[r];
    }
    for (int q = 0; q < idx.length; q++) {
      int base = (idx[q] & mask) * rows;
      for (int r = 0; r < rows; r++) {
        out[r] += w[base + r] * (double) val[q];
      }
    }
  }
}
