package org.brandpulse.nlp.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.nlp.eval.LabeledText;
import org.brandpulse.nlp.eval.SentimentEvaluation;
import org.brandpulse.nlp.ml.FeatureConfig;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.ml.LogisticRegression;
import org.brandpulse.nlp.ml.SparseVector;
import org.brandpulse.nlp.ml.StratifiedKFold;
import org.brandpulse.nlp.ml.TrainerOptions;
import org.brandpulse.nlp.ml.TrainingSet;
import org.brandpulse.nlp.sentiment.BengaliCorpora;
import org.brandpulse.nlp.sentiment.BengaliFeatures;
import org.brandpulse.nlp.sentiment.BengaliSentimentModel;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Tokenizer;

/**
 * Trains the Bengali sentiment model: {@code TrainBengaliSentiment <shared-data-dir> <model-file>
 * [--without-blp]}; writes the model and {@code MODEL-CARD-bn.md} beside it and prints two figures
 * on the BLP-2023 dev set (micro-F1, the task's metric, equals accuracy for single-label data):
 *
 * <ol>
 *   <li><b>others only</b>: trained on the YouTube comment sets and Sazzed's drama reviews, never
 *       on BLP posts, then scored on all 3,934 BLP dev posts;
 *   <li><b>5-fold</b>: the same sets plus four fifths of the BLP dev posts (each repeated {@value
 *       #BLP_REPEATS} times, as they are the target domain), scored on the held-out fifth; every
 *       BLP post is scored by the one model that did not see it.
 * </ol>
 *
 * The shipped model is trained like (2) on all BLP dev posts, so (2) is its estimate; with {@code
 * --without-blp} it is trained like (1). One thread, fixed seeds: same data, same bytes.
 */
public final class TrainBengaliSentiment {
  /** Training settings of the shipped model. */
  public static final TrainerOptions OPTIONS = new TrainerOptions(6, 0.1, 1e-6, 20230, null);

  /** How often each BLP post enters the training set. */
  public static final int BLP_REPEATS = 3;

  private static final List<String> LABELS = List.of("negative", "neutral", "positive");
  private static final long FOLD_SEED = 7;

  private TrainBengaliSentiment() {}

  /** Entry point; prints the held-out figures. */
  public static void main(String[] args) throws IOException {
    boolean withoutBlp = args.length == 3 && args[2].equals("--without-blp");
    if (args.length != 2 && !withoutBlp) {
      System.err.println(
          "usage: TrainBengaliSentiment <shared-data-dir> <model-file> [--without-blp]");
      System.exit(2);
    }
    Path bengali = Path.of(args[0]).resolve("bengali");
    List<LabeledText> others = BengaliCorpora.trainingSets(bengali);
    List<LabeledText> blp = BengaliCorpora.readIdTextLabel(bengali.resolve(BengaliCorpora.BLP_DEV));
    FeatureConfig config = BengaliFeatures.DEFAULT_CONFIG;

    SentimentEvaluation strict = evaluate(train(others, config, OPTIONS), blp);
    print("others only", strict);
    SentimentEvaluation folds = crossValidate(others, blp, config);
    print("5-fold with BLP", folds);

    List<LabeledText> all = withoutBlp ? others : withRepeats(others, blp, null);
    LinearModel model = train(all, config, OPTIONS);
    Map<String, String> props = new LinkedHashMap<>();
    props.put("recipe", "bengali-features-1");
    props.put("trained.on", withoutBlp ? "youtube+drama" : "youtube+drama+blp23dev x3");
    props.put("train.examples", Integer.toString(all.size()));
    props.put("blp23.dev.othersOnly.microF1", format(strict.accuracy()));
    props.put("blp23.dev.5fold.microF1", format(folds.accuracy()));
    props.put("blp23.dev.5fold.macroF1", format(folds.macroF1()));
    model = model.withOffsets(new double[LABELS.size()], props);

    Path out = Path.of(args[1]).toAbsolutePath();
    Files.createDirectories(out.getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    Path card = out.getParent().resolve("MODEL-CARD-bn.md");
    String text = BengaliModelCard.render(model, strict, folds, Files.size(out), withoutBlp);
    Files.writeString(card, text, StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT,
        "wrote %s (%d bytes, %d non-zero weights, %d training posts) and %s%n",
        out,
        Files.size(out),
        model.nonZeroWeights(),
        all.size(),
        card);
  }

  /** Trains a model on labelled texts (one thread, deterministic). */
  public static LinearModel train(
      List<LabeledText> data, FeatureConfig config, TrainerOptions options) {
    BengaliFeatures features = new BengaliFeatures(config);
    List<SparseVector> vectors = new ArrayList<>(data.size());
    int[] classes = new int[data.size()];
    FeatureVector x = new FeatureVector();
    for (int i = 0; i < data.size(); i++) {
      String text = TextSanitizer.sanitize(data.get(i).text(), 10_000).orElse("");
      features.extract(text, Tokenizer.tokenize(text), x);
      vectors.add(x.toSparse());
      classes[i] = data.get(i).label().ordinal();
    }
    return LogisticRegression.multinomial(
        new TrainingSet(config, LABELS, vectors, classes), options);
  }

  /** Scores a model on labelled texts. */
  public static SentimentEvaluation evaluate(LinearModel model, List<LabeledText> data) {
    BengaliSentimentModel scorer = new BengaliSentimentModel(model);
    return SentimentEvaluation.evaluate((String t) -> scorer.score(t).label(), data);
  }

  /** Out-of-fold figures on {@code blp}: five models, each trained without one fifth of it. */
  public static SentimentEvaluation crossValidate(
      List<LabeledText> others, List<LabeledText> blp, FeatureConfig config) {
    int[] gold = blp.stream().mapToInt(t -> t.label().ordinal()).toArray();
    int[][] confusion = new int[3][3];
    for (StratifiedKFold.Fold fold : StratifiedKFold.folds(gold, 5, FOLD_SEED)) {
      LinearModel m = train(withRepeats(others, blp, fold.train()), config, OPTIONS);
      BengaliSentimentModel scorer = new BengaliSentimentModel(m);
      for (int i : fold.test()) {
        confusion[gold[i]][scorer.score(blp.get(i).text()).label().ordinal()]++;
      }
    }
    return SentimentEvaluation.of(confusion, 0);
  }

  private static List<LabeledText> withRepeats(
      List<LabeledText> others, List<LabeledText> blp, int[] positions) {
    List<LabeledText> out = new ArrayList<>(others);
    for (int r = 0; r < BLP_REPEATS; r++) {
      if (positions == null) {
        out.addAll(blp);
      } else {
        for (int i : positions) {
          out.add(blp.get(i));
        }
      }
    }
    return out;
  }

  private static void print(String name, SentimentEvaluation e) {
    System.out.printf(
        Locale.ROOT,
        "BLP-2023 dev, %s: n %d, micro-F1 %.4f, macro-F1 %.4f, macro-recall %.4f,"
            + " confusion (rows gold, cols predicted; neg neu pos) %s%n",
        name,
        e.n(),
        e.accuracy(),
        e.macroF1(),
        e.macroRecall(),
        Arrays.deepToString(e.confusion()));
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
