package org.brandpulse.nlp.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.TextAnalyzer;

/**
 * Three-class sentiment figures. Class order everywhere is negative, neutral, positive ({@link
 * SentimentLabel#ordinal()}).
 *
 * @param n number of texts
 * @param accuracy share predicted right
 * @param macroRecall mean per-class recall over the classes present in the gold labels (TweetEval's
 *     official metric)
 * @param macroF1 mean per-class F1 over the classes present in the gold labels
 * @param confusion 3x3 counts, rows gold, columns predicted
 * @param postsPerSecond texts analysed per second of wall-clock time, 0 when not measured
 */
public record SentimentEvaluation(
    int n,
    double accuracy,
    double macroRecall,
    double macroF1,
    int[][] confusion,
    double postsPerSecond) {

  public SentimentEvaluation {
    if (confusion.length != 3) {
      throw new IllegalArgumentException("confusion must be 3x3");
    }
    int[][] copy = new int[3][];
    for (int i = 0; i < 3; i++) {
      if (confusion[i].length != 3) {
        throw new IllegalArgumentException("confusion must be 3x3");
      }
      copy[i] = confusion[i].clone();
    }
    confusion = copy;
  }

  /** Runs the analyser over every text (one thread) and scores its labels. */
  public static SentimentEvaluation evaluate(TextAnalyzer analyzer, List<LabeledText> data) {
    return evaluate(text -> analyzer.analyze(text).sentiment().label(), data);
  }

  /** Scores any text-to-label function, e.g. a model under training. */
  public static SentimentEvaluation evaluate(
      Function<String, SentimentLabel> classifier, List<LabeledText> data) {
    int[][] confusion = new int[3][3];
    long start = System.nanoTime();
    for (LabeledText t : data) {
      confusion[t.label().ordinal()][classifier.apply(t.text()).ordinal()]++;
    }
    long nanos = System.nanoTime() - start;
    return of(confusion, data.isEmpty() ? 0 : data.size() / Math.max(1e-9, nanos / 1e9));
  }

  /** Figures from a confusion matrix (rows gold, columns predicted). */
  public static SentimentEvaluation of(int[][] confusion, double postsPerSecond) {
    int n = 0;
    int right = 0;
    double recallSum = 0;
    double f1Sum = 0;
    int present = 0;
    for (int i = 0; i < 3; i++) {
      int gold = confusion[i][0] + confusion[i][1] + confusion[i][2];
      int predicted = confusion[0][i] + confusion[1][i] + confusion[2][i];
      n += gold;
      right += confusion[i][i];
      if (gold > 0) {
        double recall = confusion[i][i] / (double) gold;
        double precision = predicted == 0 ? 0 : confusion[i][i] / (double) predicted;
        recallSum += recall;
        f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        present++;
      }
    }
    return new SentimentEvaluation(
        n,
        n == 0 ? 0 : right / (double) n,
        present == 0 ? 0 : recallSum / present,
        present == 0 ? 0 : f1Sum / present,
        confusion,
        postsPerSecond);
  }

  /** One line: n, accuracy, macro-recall, macro-F1, confusion, speed. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "n=%d accuracy=%.4f macro-recall=%.4f macro-F1=%.4f confusion(gold neg/neu/pos x"
            + " predicted)=%s posts/s=%.0f",
        n,
        accuracy,
        macroRecall,
        macroF1,
        java.util.Arrays.deepToString(confusion),
        postsPerSecond);
  }
}
