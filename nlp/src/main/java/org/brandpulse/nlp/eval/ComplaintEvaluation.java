package org.brandpulse.nlp.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.TextAnalyzer;

/**
 * Binary complaint figures.
 *
 * @param n number of texts
 * @param accuracy share predicted right
 * @param precision precision of the complaint class
 * @param recall recall of the complaint class
 * @param f1 F1 of the complaint class
 * @param macroF1 mean of the F1 of the complaint and the non-complaint class
 * @param auc area under the ROC curve of the complaint probability (ties count one half), 0.5 when
 *     only one class is present
 * @param postsPerSecond texts analysed per second of wall-clock time, 0 when not measured
 */
public record ComplaintEvaluation(
    int n,
    double accuracy,
    double precision,
    double recall,
    double f1,
    double macroF1,
    double auc,
    double postsPerSecond) {

  /**
   * Runs the analyser over every text (one thread): the prediction is {@link
   * Complaint#isComplaint()}, the ranking score {@link Complaint#probability()}.
   */
  public static ComplaintEvaluation evaluate(TextAnalyzer analyzer, List<LabeledComplaint> data) {
    double[] scores = new double[data.size()];
    boolean[] gold = new boolean[data.size()];
    long start = System.nanoTime();
    for (int i = 0; i < scores.length; i++) {
      scores[i] = analyzer.analyze(data.get(i).text()).complaint().probability();
      gold[i] = data.get(i).complaint();
    }
    long nanos = System.nanoTime() - start;
    ComplaintEvaluation e = evaluate(scores, gold, 0.5);
    double pps = data.isEmpty() ? 0 : data.size() / Math.max(1e-9, nanos / 1e9);
    return new ComplaintEvaluation(
        e.n, e.accuracy, e.precision, e.recall, e.f1, e.macroF1, e.auc, pps);
  }

  /**
   * Figures of scores against gold flags, predicting a complaint when the score is at least {@code
   * threshold} (for out-of-fold model probabilities).
   */
  public static ComplaintEvaluation evaluate(double[] scores, boolean[] gold, double threshold) {
    if (scores.length != gold.length) {
      throw new IllegalArgumentException(
          scores.length + " scores but " + gold.length + " gold flags");
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean p = scores[i] >= threshold;
      tp += gold[i] && p ? 1 : 0;
      fp += !gold[i] && p ? 1 : 0;
      fn += gold[i] && !p ? 1 : 0;
      tn += !gold[i] && !p ? 1 : 0;
    }
    double precision = ratio(tp, tp + fp);
    double recall = ratio(tp, tp + fn);
    double f1 = f1(precision, recall);
    double f1Negative = f1(ratio(tn, tn + fn), ratio(tn, tn + fp));
    return new ComplaintEvaluation(
        scores.length,
        ratio(tp + tn, scores.length),
        precision,
        recall,
        f1,
        (f1 + f1Negative) / 2,
        rocAuc(scores, gold),
        0);
  }

  /**
   * ROC AUC as the Mann-Whitney statistic: the chance that a random complaint scores above a random
   * non-complaint, ties counting one half (average ranks).
   */
  public static double rocAuc(double[] scores, boolean[] gold) {
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    double rankSumPositive = 0;
    long positives = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && scores[order[j]] == scores[order[i]]) {
        j++;
      }
      double averageRank = (i + 1 + j) / 2.0;
      for (int q = i; q < j; q++) {
        if (gold[order[q]]) {
          rankSumPositive += averageRank;
          positives++;
        }
      }
      i = j;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return 0.5;
    }
    return (rankSumPositive - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "n=%d accuracy=%.4f precision=%.4f recall=%.4f F1=%.4f macro-F1=%.4f AUC=%.4f posts/s=%.0f",
        n,
        accuracy,
        precision,
        recall,
        f1,
        macroF1,
        auc,
        postsPerSecond);
  }
}
