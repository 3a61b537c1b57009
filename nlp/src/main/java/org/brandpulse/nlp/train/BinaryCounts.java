package org.brandpulse.nlp.train;

import java.util.Locale;

/**
 * Counts of a yes/no decision against gold labels, with precision, recall and F1 of the yes class.
 *
 * @param tp yes predicted and gold
 * @param fp yes predicted, gold no
 * @param fn no predicted, gold yes
 * @param tn no predicted and gold
 */
record BinaryCounts(int tp, int fp, int fn, int tn) {
  static final BinaryCounts EMPTY = new BinaryCounts(0, 0, 0, 0);

  BinaryCounts add(boolean gold, boolean predicted) {
    return new BinaryCounts(
        tp + (gold && predicted ? 1 : 0),
        fp + (!gold && predicted ? 1 : 0),
        fn + (gold && !predicted ? 1 : 0),
        tn + (!gold && !predicted ? 1 : 0));
  }

  int n() {
    return tp + fp + fn + tn;
  }

  double precision() {
    return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
  }

  double f1() {
    return 2.0 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  double accuracy() {
    return n() == 0 ? 0 : (tp + tn) / (double) n();
  }

  /** Share of gold-no posts wrongly flagged. */
  double falsePositiveRate() {
    return fp + tn == 0 ? 0 : fp / (double) (fp + tn);
  }

  /** {@code P 0.900 R 0.800 F1 0.847 (tp/fp/fn/tn 8/1/2/40)}. */
  String summary() {
    return String.format(
        Locale.ROOT,
        "P %.3f R %.3f F1 %.3f acc %.3f FPR %.3f (tp/fp/fn/tn %d/%d/%d/%d)",
        precision(),
        recall(),
        f1(),
        accuracy(),
        falsePositiveRate(),
        tp,
        fp,
        fn,
        tn);
  }
}
