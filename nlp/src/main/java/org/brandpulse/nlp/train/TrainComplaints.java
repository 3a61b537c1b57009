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
import org.brandpulse.nlp.TextAnalyzers;
import org.brandpulse.nlp.complaint.AirlineCategoryCheck;
import org.brandpulse.nlp.complaint.ComplaintModel;
import org.brandpulse.nlp.complaint.ComplaintModelCard;
import org.brandpulse.nlp.complaint.ComplaintTraining;
import org.brandpulse.nlp.eval.ComplaintEvaluation;
import org.brandpulse.nlp.eval.EvalData;
import org.brandpulse.nlp.eval.LabeledComplaint;

/**
 * Trains the complaint model of the fast tier and prints its cross-validated figures.
 *
 * <p>Usage: {@code TrainComplaints <shared-data dir> <output model file>}. Reads {@code
 * complaints/complaints-train.csv} (the only labelled complaint data, so it is scored by stratified
 * 10-fold cross-validation with the decision threshold tuned inside each training portion, see
 * {@link ComplaintTraining}), prints the figures over all tweets and over the customer-service
 * tweets alone (the random tweets and replies of the set are easy negatives), trains on all tweets,
 * writes the model and a {@code MODEL-CARD.md} next to it, and checks the category rules against
 * the airline negative reasons ({@link AirlineCategoryCheck}). The rules of version 1 ({@link
 * TextAnalyzers#vader()}) are printed alongside. Deterministic.
 */
public final class TrainComplaints {
  static final int FOLDS = 10;
  static final long SEED = 2019;

  private TrainComplaints() {}

  /** Runs the training; exit status 2 on missing arguments or data. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !Files.isDirectory(Path.of(args[0]))) {
      System.err.println("usage: TrainComplaints <shared-data dir> <output model file>");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    List<LabeledComplaint> tweets =
        EvalData.readComplaintsCsv(data.resolve("complaints/complaints-train.csv"));
    ComplaintTraining.Examples set = ComplaintTraining.examples(tweets);
    ComplaintTraining.Options options = ComplaintTraining.Options.DEFAULT;
    long t0 = System.nanoTime();
    double[] oof = ComplaintTraining.outOfFold(set, FOLDS, SEED, options);
    ComplaintEvaluation all = ComplaintEvaluation.evaluate(oof, gold(tweets, null), 0.5);
    double[] perFold = ComplaintTraining.foldMacroF1(oof, set.set(), FOLDS, SEED);
    String spread = meanSd(perFold);
    ComplaintEvaluation service = serviceOnly(oof, tweets);
    ComplaintEvaluation rules = ComplaintEvaluation.evaluate(TextAnalyzers.vader(), tweets);
    System.out.printf(
        Locale.ROOT,
        "complaints %d-fold CV (seed %d, %.1f s)%n  all tweets:       %s%n"
            + "  macro-F1 per fold: %s%n"
            + "  customer-service: %s%n  rules v1 (no CV): %s%n",
        FOLDS,
        SEED,
        (System.nanoTime() - t0) / 1e9,
        all,
        spread,
        service,
        rules);
    ComplaintModel trained = ComplaintTraining.train(set, options);
    Map<String, String> props = new LinkedHashMap<>();
    props.put("data", "complaints-train.csv, " + set.size() + " tweets");
    props.put("cv", FOLDS + "-fold seed " + SEED + ": " + all + "; per-fold macroF1 " + spread);
    ComplaintModel model =
        new ComplaintModel(trained.linear().withOffsets(new double[2], props), trained.trees());
    Path out = Path.of(args[1]);
    Path trees = out.resolveSibling(ComplaintModel.TREES_FILE);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = Files.newOutputStream(out);
        OutputStream t = Files.newOutputStream(trees)) {
      model.write(o, t);
    }
    long bytes = Files.size(out) + Files.size(trees);
    AirlineCategoryCheck.Result categories =
        AirlineCategoryCheck.run(
            EvalData.readAirlineCsv(data.resolve("sentiment/airline-tweets.csv")));
    System.out.printf(
        Locale.ROOT,
        "wrote %s and %s: %d bytes, %d non-zero weights, %d trees, threshold %s%n"
            + "airline categories: %s%n",
        out,
        trees.getFileName(),
        bytes,
        model.linear().nonZeroWeights(),
        model.trees().size(),
        model.trees().properties().get("threshold"),
        categories);
    Path card = out.resolveSibling("MODEL-CARD.md");
    Files.writeString(
        card,
        ComplaintModelCard.render(
            model, set.size(), all, spread, service, rules, categories, bytes),
        StandardCharsets.UTF_8);
    System.out.println("wrote " + card);
  }

  /** {@code mean ± sd (min..max)} of per-fold figures, sample standard deviation. */
  static String meanSd(double[] v) {
    double mean = 0;
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double x : v) {
      mean += x / v.length;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    double sd = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0;
    return String.format(Locale.ROOT, "%.4f ± %.4f (%.4f..%.4f)", mean, sd, min, max);
  }

  private static ComplaintEvaluation serviceOnly(double[] oof, List<LabeledComplaint> tweets) {
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < tweets.size(); i++) {
      if (!tweets.get(i).domain().startsWith("random")) {
        scores.add(oof[i]);
      }
    }
    double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
    return ComplaintEvaluation.evaluate(s, gold(tweets, "random"), 0.5);
  }

  private static boolean[] gold(List<LabeledComplaint> tweets, String skipDomainPrefix) {
    List<Boolean> g = new ArrayList<>();
    for (LabeledComplaint t : tweets) {
      if (skipDomainPrefix == null || !t.domain().startsWith(skipDomainPrefix)) {
        g.add(t.complaint());
      }
    }
    boolean[] out = new boolean[g.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = g.get(i);
    }
    return out;
  }
}
