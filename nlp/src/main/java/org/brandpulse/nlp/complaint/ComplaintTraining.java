package org.brandpulse.nlp.complaint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.brandpulse.nlp.eval.ComplaintEvaluation;
import org.brandpulse.nlp.eval.LabeledComplaint;
import org.brandpulse.nlp.ml.BoostedTrees;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.ml.LogisticRegression;
import org.brandpulse.nlp.ml.NaiveBayesScaling;
import org.brandpulse.nlp.ml.SparseVector;
import org.brandpulse.nlp.ml.StratifiedKFold;
import org.brandpulse.nlp.ml.TrainerOptions;
import org.brandpulse.nlp.ml.TrainingSet;
import org.brandpulse.nlp.ml.TreeBoosting;
import org.brandpulse.nlp.sentiment.EnglishSentiment;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;

/**
 * Training and honest scoring of the complaint model ({@link ComplaintModel}). {@link #train} fits
 * the first stage, a class-balanced binary logistic regression on naive-Bayes-scaled features
 * ({@link NaiveBayesScaling}, folded back into the weights); computes its out-of-fold margins on
 * {@code innerFolds} folds of the same training data; fits the second stage, boosted trees ({@link
 * TreeBoosting}), on those margins and the dense features; and moves the decision threshold to the
 * one that maximises macro-F1 on out-of-fold probabilities of the second stage (folded into it, so
 * {@code probability >= 0.5} stays the decision). {@link #crossValidate} repeats all of that inside
 * every outer fold: no figure it reports was computed on data its model or threshold saw.
 * Deterministic.
 */
public final class ComplaintTraining {
  /** Class names of the first stage: 0 no complaint, 1 complaint. */
  public static final List<String> LABELS = List.of("other", "complaint");

  private ComplaintTraining() {}

  private static final int[] DENSE_SLOTS = new ComplaintFeatures().denseSlots();

  /**
   * How to train.
   *
   * @param trainer logistic regression settings (class weights are set to balanced per set)
   * @param innerFolds folds of the out-of-fold margins and of the threshold tuning (2 or more)
   * @param foldSeed seed of the inner folds
   * @param nbAlpha smoothing of the naive-Bayes feature scaling, 0 for none
   * @param stage2 settings of the second stage's boosted trees
   */
  public record Options(
      TrainerOptions trainer,
      int innerFolds,
      long foldSeed,
      double nbAlpha,
      TreeBoosting.Options stage2) {
    /**
     * Twenty epochs at step 0.1, L2 1e-6, balanced classes, NB scaling with alpha 1; 100 trees of
     * up to 8 leaves at shrinkage 0.05 on all rows; 5 inner folds.
     */
    public static final Options DEFAULT =
        new Options(
            new TrainerOptions(20, 0.1, 1e-6, 42, null),
            5,
            7,
            1.0,
            new TreeBoosting.Options(100, 8, 5, 0.05, 1.0, 1));

    public Options {
      if (innerFolds < 2) {
        throw new IllegalArgumentException("innerFolds must be >= 2, was " + innerFolds);
      }
      if (!(nbAlpha >= 0)) {
        throw new IllegalArgumentException("nbAlpha must be >= 0, was " + nbAlpha);
      }
      Objects.requireNonNull(trainer, "trainer");
      Objects.requireNonNull(stage2, "stage2");
    }
  }

  /**
   * Featurized examples: the sparse vectors of the first stage and, row by row, the dense values
   * the second stage reads ({@link ComplaintFeatures.Buffers#dense()}).
   */
  public record Examples(TrainingSet set, double[][] dense) {
    public Examples {
      Objects.requireNonNull(set, "set");
      if (dense.length != set.size()) {
        throw new IllegalArgumentException(
            dense.length + " dense rows for " + set.size() + " examples");
      }
    }

    /** Number of examples. */
    public int size() {
      return set.size();
    }

    /** The examples at the given positions. */
    public Examples subset(int[] positions) {
      double[][] d = new double[positions.length][];
      for (int i = 0; i < positions.length; i++) {
        d[i] = dense[positions[i]];
      }
      return new Examples(set.subset(positions), d);
    }
  }

  /**
   * Featurizes labelled texts through the fast tier's sanitizer and tokenizer, with the sentiment
   * of the tier's English stage ({@link EnglishSentiment#shipped()}).
   */
  public static Examples examples(List<LabeledComplaint> data) {
    ComplaintFeatures features = new ComplaintFeatures();
    ComplaintFeatures.Buffers buffers = new ComplaintFeatures.Buffers();
    ComplaintCues cues = ComplaintCues.get();
    EnglishSentiment sentiment = EnglishSentiment.shipped();
    List<SparseVector> vectors = new ArrayList<>(data.size());
    double[][] dense = new double[data.size()][];
    int[] classes = new int[data.size()];
    for (int i = 0; i < data.size(); i++) {
      LabeledComplaint c = data.get(i);
      String clean = TextSanitizer.sanitize(c.text(), TextSanitizer.DEFAULT_MAX_CHARS).orElse("");
      List<Token> tokens = Tokenizer.tokenize(clean);
      vectors.add(
          features
              .extract(tokens, cues.score(tokens), sentiment.score(clean, tokens), buffers)
              .toSparse());
      dense[i] = buffers.dense().clone();
      classes[i] = c.complaint() ? 1 : 0;
    }
    return new Examples(new TrainingSet(ComplaintFeatures.WORDS, LABELS, vectors, classes), dense);
  }

  /** A model trained on all of {@code data}, its threshold tuned by inner cross-validation. */
  public static ComplaintModel train(Examples data, Options options) {
    TrainingSet set = data.set();
    LinearModel linear = fit(set, options);
    double[] margins = new double[set.size()];
    double[] scratch = new double[2];
    for (StratifiedKFold.Fold fold :
        StratifiedKFold.folds(set.classes(), options.innerFolds(), options.foldSeed())) {
      LinearModel m = fit(set.subset(fold.train()), options);
      for (int i : fold.test()) {
        m.scores(set.vectors().get(i), scratch);
        margins[i] = scratch[1];
      }
    }
    double[][] x = new double[set.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = new double[1 + data.dense()[i].length];
      x[i][0] = margins[i];
      System.arraycopy(data.dense()[i], 0, x[i], 1, data.dense()[i].length);
    }
    boolean[] gold = gold(set);
    double[] p = new double[x.length];
    for (StratifiedKFold.Fold fold :
        StratifiedKFold.folds(set.classes(), options.innerFolds(), options.foldSeed() + 4)) {
      BoostedTrees t =
          TreeBoosting.fit(
              rows(x, fold.train()), rows(gold, fold.train()), options.stage2(), Map.of());
      for (int i : fold.test()) {
        p[i] = t.probability(x[i]);
      }
    }
    double threshold = bestThreshold(p, gold);
    Map<String, String> props = new LinkedHashMap<>();
    props.put("features", ComplaintFeatures.RECIPE);
    props.put("stage", "1 of 2: margin into complaint.trees");
    LinearModel first = linear.withOffsets(new double[2], props);
    Map<String, String> treeProps = new LinkedHashMap<>();
    treeProps.put(
        "features", ComplaintFeatures.RECIPE + " dense values after the complaint.model margin");
    treeProps.put("stage2", options.stage2().toString());
    treeProps.put("threshold", String.format(Locale.ROOT, "%.2f", threshold));
    BoostedTrees second =
        TreeBoosting.fit(x, gold, options.stage2(), Map.of()).withThreshold(threshold, treeProps);
    return new ComplaintModel(first, second);
  }

  /**
   * Out-of-fold complaint probabilities from {@code k} stratified folds, trained as {@link #train}.
   */
  public static double[] outOfFold(Examples data, int k, long seed, Options options) {
    double[] out = new double[data.size()];
    for (StratifiedKFold.Fold fold : StratifiedKFold.folds(data.set().classes(), k, seed)) {
      ComplaintModel model = train(data.subset(fold.train()), options);
      double[] input = new double[1 + data.dense()[0].length];
      for (int i : fold.test()) {
        out[i] = model.probability(data.set().vectors().get(i), data.dense()[i], input);
      }
    }
    return out;
  }

  /** Accuracy, complaint-class P/R/F1, macro-F1 and AUC over {@code k}-fold out-of-fold scores. */
  public static ComplaintEvaluation crossValidate(Examples data, int k, long seed, Options o) {
    return ComplaintEvaluation.evaluate(outOfFold(data, k, seed, o), gold(data.set()), 0.5);
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

  private static double[][] rows(double[][] x, int[] positions) {
    double[][] out = new double[positions.length][];
    for (int i = 0; i < positions.length; i++) {
      out[i] = x[positions[i]];
    }
    return out;
  }

  private static boolean[] rows(boolean[] x, int[] positions) {
    boolean[] out = new boolean[positions.length];
    for (int i = 0; i < positions.length; i++) {
      out[i] = x[positions[i]];
    }
    return out;
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
}
