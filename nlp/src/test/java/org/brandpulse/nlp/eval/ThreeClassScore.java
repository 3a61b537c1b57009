package org.brandpulse.nlp.eval;

import java.util.Locale;
import org.brandpulse.nlp.SentimentLabel;

/** Accuracy and macro-averaged recall of three-class sentiment predictions. */
final class ThreeClassScore {
  private final int[][] confusion = new int[3][3];
  private int n;

  void add(SentimentLabel gold, SentimentLabel predicted) {
    confusion[gold.ordinal()][predicted.ordinal()]++;
    n++;
  }

  int n() {
    return n;
  }

  double accuracy() {
    int right = 0;
    for (int i = 0; i < 3; i++) {
      right += confusion[i][i];
    }
    return n == 0 ? 0 : right / (double) n;
  }

  double macroRecall() {
    double sum = 0;
    int classes = 0;
    for (int i = 0; i < 3; i++) {
      int row = confusion[i][0] + confusion[i][1] + confusion[i][2];
      if (row > 0) {
        sum += confusion[i][i] / (double) row;
        classes++;
      }
    }
    return classes == 0 ? 0 : sum / classes;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "n=%d accuracy=%.4f macro-recall=%.4f confusion(gold neg/neu/pos x predicted)=%s",
        n,
        accuracy(),
        macroRecall(),
        java.util.Arrays.deepToString(confusion));
  }
}
