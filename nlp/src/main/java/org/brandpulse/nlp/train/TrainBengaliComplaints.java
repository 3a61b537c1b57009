package org.brandpulse.nlp.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.complaint.BengaliComplaintFeatures;
import org.brandpulse.nlp.complaint.BengaliComplaintModel;
import org.brandpulse.nlp.complaint.ComplaintAnalyzer;
import org.brandpulse.nlp.eval.BengaliComplaintSet;
import org.brandpulse.nlp.eval.BengaliComplaintSet.Post;
import org.brandpulse.nlp.eval.DataSplits;
import org.brandpulse.nlp.ml.CrossValidation;
import org.brandpulse.nlp.ml.FeatureConfig;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.ml.LogisticRegression;
import org.brandpulse.nlp.ml.SparseVector;
import org.brandpulse.nlp.ml.TrainerOptions;
import org.brandpulse.nlp.ml.TrainingSet;
import org.brandpulse.nlp.sentiment.BengaliSentimentModel;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;

/**
 * Trains the Bengali complaint and needs-reply models: {@code TrainBengaliComplaints
 * <shared-data-dir> <labels.tsv> <model-dir>} (labels: {@code
 * nlp/src/test/resources/eval/bengali-complaints.tsv}). The held-out protocol of issue 16:
 *
 * <ol>
 *   <li>a stratified, seeded fifth of the set (by origin, kind and needs-reply) is put aside
 *       untouched;
 *   <li>features (character n-gram range, cue rules on or off), L2 penalty, class weights and the
 *       decision threshold are chosen for each target by 5-fold cross-validation on the other four
 *       fifths only (best out-of-fold F1);
 *   <li>the frozen choice is trained on those four fifths and scored once on the untouched fifth,
 *       next to today's rules ({@link ComplaintAnalyzer} on Bengali) on the same posts; 5-fold
 *       cross-validation over the whole set with the frozen choice is printed too;
 *   <li>the shipped models are trained on the whole set with the frozen choice.
 * </ol>
 *
 * Writes {@value BengaliComplaintModel#COMPLAINT_FILE}, {@value BengaliComplaintModel#REPLY_FILE}
 * and {@code MODEL-CARD-bn-complaint.md} into the model directory. One thread, fixed seeds: same
 * data, same bytes.
 */
public final class TrainBengaliComplaints {
  /** Seed of the untouched split. */
  public static final long SPLIT_SEED = 16;

  /** Seed of the cross-validation folds and the trainer's shuffles. */
  public static final long FOLD_SEED = 1616;

  static final int FOLDS = 5;
  private static final List<String> LABELS = List.of("no", "yes");

  /** One candidate setting. */
  record Candidate(FeatureConfig config, boolean cues, double l2, boolean balanced) {
    TrainerOptions options(TrainingSet data) {
      return new TrainerOptions(
          20, 0.2, l2, FOLD_SEED, balanced ? data.balancedClassWeights() : null);
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "chars %d-%d, 2^%d slots, cues %s, L2 %.0e, %s",
          config.charMin(),
          config.charMax(),
          config.bits(),
          cues ? "on" : "off",
          l2,
          balanced ? "balanced class weights" : "unweighted");
    }
  }

  /** The grid searched on the inner folds. */
  static List<Candidate> grid() {
    List<Candidate> out = new ArrayList<>();
    for (int[] chars : new int[][] {{1, 4}, {2, 5}}) {
      for (boolean cues : new boolean[] {true, false}) {
        for (double l2 : new double[] {1e-6, 1e-4}) {
          for (boolean balanced : new boolean[] {false, true}) {
            out.add(
                new Candidate(
                    new FeatureConfig(16, true, true, chars[0], chars[1], true, 31),
                    cues,
                    l2,
                    balanced));
          }
        }
      }
    }
    return out;
  }

  /** The setting a shipped model was trained with (from its saved properties). */
  static Candidate candidateOf(LinearModel m) {
    Map<String, String> p = m.properties();
    return new Candidate(
        m.config(),
        BengaliComplaintFeatures.RECIPE.equals(p.get("recipe")),
        Double.parseDouble(p.get("l2")),
        Boolean.parseBoolean(p.get("balanced")));
  }

  /** The decision threshold a shipped model was chosen with. */
  static double thresholdOf(LinearModel m) {
    return Double.parseDouble(m.properties().get("threshold"));
  }

  /** A chosen setting and threshold for one target, with its inner out-of-fold F1. */
  record Choice(Candidate candidate, double threshold, double innerF1) {}

  /** What a model predicts. */
  enum Target {
    COMPLAINT(p -> p.kind() == BengaliComplaintSet.Kind.COMPLAINT),
    NEEDS_REPLY(Post::needsReply);

    final Predicate<Post> gold;

    Target(Predicate<Post> gold) {
      this.gold = gold;
    }
  }

  private TrainBengaliComplaints() {}

  /** Entry point; prints the selection, the held-out figures and the baseline. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println(
          "usage: TrainBengaliComplaints <shared-data-dir> <labels.tsv> <model-dir>");
      System.exit(2);
    }
    Path bengali = Path.of(args[0]).resolve("bengali");
    List<Post> posts = BengaliComplaintSet.read(Path.of(args[1]), bengali);
    DataSplits.Split<Post> split =
        DataSplits.stratifiedHoldOut(posts, Post::stratum, FOLDS, SPLIT_SEED);
    System.out.printf(
        Locale.ROOT,
        "%d posts: %d for selection and training, %d untouched%n",
        posts.size(),
        split.train().size(),
        split.test().size());

    Map<Target, Choice> choices = new LinkedHashMap<>();
    for (Target t : Target.values()) {
      Choice c = select(split.train(), t);
      choices.put(t, c);
      System.out.printf(
          Locale.ROOT,
          "%s: chose %s, threshold %.2f (inner 5-fold F1 %.3f)%n",
          t,
          c.candidate().describe(),
          c.threshold(),
          c.innerF1());
    }

    BengaliComplaintCard.Figures figures = new BengaliComplaintCard.Figures(posts, split);
    for (Target t : Target.values()) {
      Choice c = choices.get(t);
      LinearModel m = train(split.train(), t, c.candidate());
      double[] p = probabilities(m, c.candidate(), split.test());
      figures.heldOut.put(t, counts(split.test(), t, p, c.threshold()));
      figures.crossValidated.put(t, crossValidate(posts, t, c));
    }
    figures.rules.put("addressed=false", rules(split.test(), false));
    figures.rules.put("addressed=true", rules(split.test(), true));
    figures.print(System.out);

    Path dir = Path.of(args[2]).toAbsolutePath();
    Files.createDirectories(dir);
    Map<Target, LinearModel> shipped = new LinkedHashMap<>();
    for (Target t : Target.values()) {
      Choice c = choices.get(t);
      LinearModel m = train(posts, t, c.candidate());
      Map<String, String> props = new LinkedHashMap<>();
      props.put("recipe", BengaliComplaintFeatures.recipe(c.candidate().cues()));
      props.put("target", t.name().toLowerCase(Locale.ROOT));
      props.put("threshold", String.format(Locale.ROOT, "%.2f", c.threshold()));
      props.put("l2", Double.toString(c.candidate().l2()));
      props.put("balanced", Boolean.toString(c.candidate().balanced()));
      props.put("train.examples", Integer.toString(posts.size()));
      props.put(
          "heldOut.f1", String.format(Locale.ROOT, "%.4f", figures.heldOut.get(t).get("all").f1()));
      // The threshold goes into the bias: p >= threshold becomes p >= 0.5.
      double logit = Math.log(c.threshold() / (1 - c.threshold()));
      m = m.withOffsets(new double[] {0, -logit}, props);
      shipped.put(t, m);
      String name =
          t == Target.COMPLAINT
              ? BengaliComplaintModel.COMPLAINT_FILE
              : BengaliComplaintModel.REPLY_FILE;
      try (OutputStream o = Files.newOutputStream(dir.resolve(name))) {
        m.write(o);
      }
    }
    Path card = dir.resolve("MODEL-CARD-bn-complaint.md");
    Files.writeString(
        card, BengaliComplaintCard.render(choices, figures, shipped), StandardCharsets.UTF_8);
    System.out.println("wrote " + dir + " (two models) and " + card);
  }

  /** Chooses the candidate and threshold with the best out-of-fold F1 on {@code train}. */
  static Choice select(List<Post> train, Target target) {
    Choice best = null;
    for (Candidate c : grid()) {
      TrainingSet data = trainingSet(train, target, c);
      double[][] oof =
          CrossValidation.outOfFoldProbabilities(
              data, FOLDS, FOLD_SEED, s -> LogisticRegression.binary(s, c.options(s)));
      for (int step = 2; step <= 18; step++) {
        double threshold = step / 20.0;
        BinaryCounts k = BinaryCounts.EMPTY;
        for (int i = 0; i < oof.length; i++) {
          k = k.add(data.classes()[i] == 1, oof[i][1] >= threshold);
        }
        if (best == null || k.f1() > best.innerF1() + 1e-12) {
          best = new Choice(c, threshold, k.f1());
        }
      }
    }
    return best;
  }

  /** Out-of-fold counts over all posts with a frozen choice. */
  static Map<String, BinaryCounts> crossValidate(List<Post> posts, Target target, Choice choice) {
    Candidate c = choice.candidate();
    TrainingSet data = trainingSet(posts, target, c);
    double[][] oof =
        CrossValidation.outOfFoldProbabilities(
            data, FOLDS, FOLD_SEED, s -> LogisticRegression.binary(s, c.options(s)));
    double[] p = new double[oof.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = oof[i][1];
    }
    return counts(posts, target, p, choice.threshold());
  }

  /** Trains one target's model on posts. */
  static LinearModel train(List<Post> posts, Target target, Candidate c) {
    TrainingSet data = trainingSet(posts, target, c);
    return LogisticRegression.binary(data, c.options(data));
  }

  static TrainingSet trainingSet(List<Post> posts, Target target, Candidate c) {
    BengaliComplaintFeatures f = new BengaliComplaintFeatures(c.config(), c.cues());
    List<SparseVector> vectors = new ArrayList<>(posts.size());
    int[] classes = new int[posts.size()];
    FeatureVector x = new FeatureVector();
    for (int i = 0; i < posts.size(); i++) {
      String text = clean(posts.get(i).text());
      f.extract(text, Tokenizer.tokenize(text), x);
      vectors.add(x.toSparse());
      classes[i] = target.gold.test(posts.get(i)) ? 1 : 0;
    }
    return new TrainingSet(c.config(), LABELS, vectors, classes);
  }

  static double[] probabilities(LinearModel m, Candidate c, List<Post> posts) {
    BengaliComplaintFeatures f = new BengaliComplaintFeatures(c.config(), c.cues());
    double[] out = new double[posts.size()];
    FeatureVector x = new FeatureVector();
    double[] p = new double[2];
    for (int i = 0; i < out.length; i++) {
      String text = clean(posts.get(i).text());
      f.extract(text, Tokenizer.tokenize(text), x);
      m.probabilities(x, p);
      out[i] = p[1];
    }
    return out;
  }

  /** Counts for all posts, real posts only and written posts only. */
  static Map<String, BinaryCounts> counts(
      List<Post> posts, Target target, double[] p, double threshold) {
    Map<String, BinaryCounts> out = new LinkedHashMap<>();
    out.put("all", BinaryCounts.EMPTY);
    out.put("real", BinaryCounts.EMPTY);
    out.put("written", BinaryCounts.EMPTY);
    for (int i = 0; i < posts.size(); i++) {
      Post post = posts.get(i);
      boolean gold = target.gold.test(post);
      boolean predicted = p[i] >= threshold;
      out.merge("all", BinaryCounts.EMPTY, (a, b) -> a.add(gold, predicted));
      out.merge(
          post.real() ? "real" : "written", BinaryCounts.EMPTY, (a, b) -> a.add(gold, predicted));
    }
    return out;
  }

  /**
   * Today's rules ({@link ComplaintAnalyzer} on Bengali, sentiment from the Bengali model) on the
   * same posts: [complaint counts, needs-reply counts] for all posts.
   */
  static Map<Target, Map<String, BinaryCounts>> rules(List<Post> posts, boolean addressed) {
    ComplaintAnalyzer rules = ComplaintAnalyzer.loadDefault();
    BengaliSentimentModel sentiment = BengaliSentimentModel.loadDefault();
    double[] complaint = new double[posts.size()];
    double[] reply = new double[posts.size()];
    for (int i = 0; i < posts.size(); i++) {
      String text = clean(posts.get(i).text());
      List<Token> tokens = Tokenizer.tokenize(text);
      Complaint c =
          rules.detect(
              text, tokens, "bn", sentiment.score(text, tokens), addressed, AnalysisContext.NONE);
      complaint[i] = c.isComplaint() ? 1 : 0;
      reply[i] = c.needsReply() ? 1 : 0;
    }
    Map<Target, Map<String, BinaryCounts>> out = new LinkedHashMap<>();
    out.put(Target.COMPLAINT, counts(posts, Target.COMPLAINT, complaint, 0.5));
    out.put(Target.NEEDS_REPLY, counts(posts, Target.NEEDS_REPLY, reply, 0.5));
    return out;
  }

  static String clean(String text) {
    return TextSanitizer.sanitize(text, TextSanitizer.DEFAULT_MAX_CHARS).orElse("");
  }
}
