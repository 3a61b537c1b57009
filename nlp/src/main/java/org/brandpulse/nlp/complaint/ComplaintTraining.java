package org.brandpulse.nlp.complaint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.nlp.eval.ComplaintEvaluation;
import org.brandpulse.nlp.eval.LabeledComplaint;
import org.brandpulse.nlp.ml.CrossValidation;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.ml.LogisticRegression;
import org.brandpulse.nlp.ml.NaiveBayesScaling;
import org.brandpulse.nlp.ml.SparseVector;
import org.brandpulse.nlp.ml.StratifiedKFold;
import org.brandpulse.nlp.ml.TrainerOptions;
import org.brandpulse.nlp.ml.TrainingSet;
import org.brandpulse.nlp.sentiment.EnglishSentiment;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;

/**
 * Training and honest scoring of the complaint model. {@link #train} fits a class-balanced binary
 * logistic regression on naive-Bayes-scaled features ({@link NaiveBayesScaling}, folded back into
 * the weights) and then moves its decision threshold to the one that maximises macro-F1 on
 * out-of-fold probabilities of an inner cross-validation of the same training data (the threshold
 * is folded into the bias, so {@code probability >= 0.5} stays the decision). {@link
 * #crossValidate} repeats all of that inside every outer fold: no figure it reports was computed on
 * data its model or threshold saw. Deterministic.
 */
public final class ComplaintTraining {
  /** Class names of the model: 0 no complaint, 1 complaint. */
  public static final List<String> LABELS = List.of("other", "complaint");

  private ComplaintTraining() {}

  private static final int[] DENSE_SLOTS = new ComplaintFeatures().denseSlots();

  /**
   * How to train.
   *
   * @param trainer logistic regression settings (class weights are set to balanced per set)
   * @param innerFolds folds of the threshold-tuning cross-validation, 0 to keep 0.5
   * @param foldSeed seed of the inner folds
   * @param nbAlpha smoothing of the naive-Bayes feature scaling, 0 for none
   */
  public record Options(TrainerOptions trainer, int innerFolds, long foldSeed, double nbAlpha) {
    /**
     * Twenty epochs at step 0.1, L2 1e-6, balanced classes, NB scaling with alpha 1, threshold
     * tuned on 5 inner folds.
     */
    public static final Options DEFAULT =
        new Options(new TrainerOptions(20, 0.1, 1e-6, 42, null), 5, 7, 1.0);

    public Options {
      if (innerFolds == 1 || innerFolds < 0) {
        throw new IllegalArgumentException("innerFolds must be 0 or >= 2, was " + innerFolds);
      }
      if (!(nbAlpha >= 0)) {
        throw new IllegalArgumentException("nbAlpha must be >= 0, was " + nbAlpha);
      }
    }
  }

  /**
   * Featurizes labelled texts through the fast tier's sanitizer and tokenizer, with the sentiment
   * of the tier's English stage ({@link EnglishSentiment#shipped()}).
   */
  public static TrainingSet examples(List<LabeledComplaint> data) {
    ComplaintFeatures features = new ComplaintFeatures();
    ComplaintFeatures.Buffers buffers = new ComplaintFeatures.Buffers();
    ComplaintCues cues = ComplaintCues.get();
    EnglishSentiment sentiment = EnglishSentiment.shipped();
    List<SparseVector> vectors = new ArrayList<>(data.size());
    int[] classes = new int[data.size()];
    for (int i = 0; i < data.size(); i++) {
      LabeledComplaint c = data.get(i);
      String clean = TextSanitizer.sanitize(c.text(), TextSanitizer.DEFAULT_MAX_CHARS).orElse("");
      List<Token> tokens = Tokenizer.tokenize(clean);
      vectors.add(
          features
              .extract(tokens, cues.score(tokens), sentiment.score(clean, tokens), buffers)
              .toSparse());
      classes[i] = c.complaint() ? 1 : 0;
    }
    return new TrainingSet(ComplaintFeatures.WORDS, LABELS, vectors, classes);
  }

  /** A model trained on all of {@code set}, its threshold tuned by inner cross-validation. */
  public static LinearModel train(TrainingSet set, Options options) {
    LinearModel raw = fit(set, options);
    double threshold = 0.5;
    if (options.innerFolds() >= 2) {
      double[][] p =
          CrossValidation.outOfFoldProbabilities(
              set, options.innerFolds(), options.foldSeed(), s -> fit(s, options));
      threshold = bestThreshold(column(p), gold(set));
    }
    Map<String, String> props = new LinkedHashMap<>();
    props.put("features", ComplaintFeatures.RECIPE);
    props.put("threshold", String.format(Locale.ROOT, "%.2f", threshold));
    double logit = Math.log(threshold / (1 - threshold));
    return raw.withOffsets(new double[] {0, -logit}, props);
  }

  /**
   * Out-of-fold complaint probabilities from {@code k} stratified folds, trained as {@link #train}.
   */
  public static double[] outOfFold(TrainingSet set, int k, long seed, Options options) {
    double[][] p = CrossValidation.outOfFoldProbabilities(set, k, seed, s -> train(s, options));
    return column(p);
  }

  /** Accuracy, complaint-class P/R/F1, macro-F1 and AUC over {@code k}-fold out-of-fold scores. */
  public static ComplaintEvaluation crossValidate(TrainingSet set, int k, long seed, Options o) {
    return ComplaintEvaluation.evaluate(outOfFold(set, k, seed, o), gold(set), 0.5);
  }

  /**
   * Macro-F1 of each of the {@code k} stratified test folds (the same folds as {@link #outOfFold}
   * with that seed) over out-of-fold probabilities: the spread behind the pooled figure.
   */
  public static double[] foldMacroF1(double[] outOfFold, TrainingSet set, int k, long seed) {
    List<StratifiedKFold.Fold> folds = StratifiedKFold.folds(set.classes(), k, seed);
    double[] out = new double[folds.size()];
    boolean[] gold = gold(set);
    for (int f = 0; f < out.length; f++) {
      int[] test = folds.get(f).test();
      double[] s = new double[test.length];
      boolean[] g = new boolean[test.length];
      for (int i = 0; i < test.length; i++) {
        s[i] = outOfFold[test[i]];
        g[i] = gold[test[i]];
      }
      out[f] = ComplaintEvaluation.evaluate(s, g, 0.5).macroF1();
    }
    return out;
  }

  private static LinearModel fit(TrainingSet set, Options options) {
    TrainerOptions trainer = options.trainer().withClassWeights(set.balancedClassWeights());
    if (options.nbAlpha() == 0) {
      return LogisticRegression.binary(set, trainer);
    }
    NaiveBayesScaling nb = NaiveBayesScaling.fit(set, options.nbAlpha(), DENSE_SLOTS);
    return nb.fold(LogisticRegression.binary(nb.apply(set), trainer));
  }

  /** The threshold in [0.30, 0.70] with the best macro-F1; 0.5 wins ties, then the nearer one. */
  static double bestThreshold(double[] scores, boolean[] gold) {
    double best = 0.5;
    double bestF1 = ComplaintEvaluation.evaluate(scores, gold, best).macroF1();
    for (int step = 1; step <= 20; step++) {
      for (int sign = -1; sign <= 1; sign += 2) {
        double t = 0.5 + sign * step / 100.0;
        double f1 = ComplaintEvaluation.evaluate(scores, gold, t).macroF1();
        if (f1 > bestF1) {
          bestF1 = f1;
          best = t;
        }
      }
    }
    return best;
  }

  static boolean[] gold(TrainingSet set) {
    boolean[] g = new boolean[set.size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = set.classes()[i] == 1;
    }
    return g;
  }

  private static double[] column(double[][] p) {
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = p[i][1];
    }
    return out;
  }
}
