package org.brandpulse.nlp.train;

import org.brandpulse.nlp.ml.LinearModel;

/**
 * Tunes per-class margin offsets (a prior shift, see {@link LinearModel#withOffsets}) to maximise
 * macro-averaged recall on held-out margins: a grid search over the offsets of every class but the
 * first, which stays at 0, in steps of {@code step} within {@code ±range}. Ties keep the smallest
 * shift. Deterministic.
 */
public final class OffsetTuner {
  private OffsetTuner() {}

  /**
   * The best offsets for three classes.
   *
   * @param margins held-out class margins (or log-probabilities), one row per example
   * @param gold the true class of each row
   * @param range largest absolute offset tried
   * @param step grid step
   */
  public static double[] tuneThreeClasses(
      double[][] margins, int[] gold, double range, double step) {
    int steps = (int) Math.round(range / step);
    double[] best = {0, 0, 0};
    double bestScore = macroRecall(margins, gold, best);
    double[] trial = new double[3];
    for (int a = -steps; a <= steps; a++) {
      for (int b = -steps; b <= steps; b++) {
        trial[1] = a * step;
        trial[2] = b * step;
        double score = macroRecall(margins, gold, trial);
        double shift = Math.abs(trial[1]) + Math.abs(trial[2]);
        if (score > bestScore + 1e-12
            || (Math.abs(score - bestScore) <= 1e-12
                && shift < Math.abs(best[1]) + Math.abs(best[2]))) {
          bestScore = score;
          best = trial.clone();
        }
      }
    }
    return best;
  }

  /** Macro-averaged recall of the argmax of {@code margins + offsets}. */
  public static double macroRecall(double[][] margins, int[] gold, double[] offsets) {
    int k = offsets.length;
    int[] right = new int[k];
    int[] total = new int[k];
    for (int i = 0; i < margins.length; i++) {
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (margins[i][c] + offsets[c] > margins[i][best] + offsets[best]) {
          best = c;
        }
      }
      total[gold[i]]++;
      right[gold[i]] += best == gold[i] ? 1 : 0;
    }
    double sum = 0;
    int present = 0;
    for (int c = 0; c < k; c++) {
      if (total[c] > 0) {
        sum += right[c] / (double) total[c];
        present++;
      }
    }
    return present == 0 ? 0 : sum / present;
  }
}
