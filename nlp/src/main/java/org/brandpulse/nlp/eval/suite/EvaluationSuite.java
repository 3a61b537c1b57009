package org.brandpulse.nlp.eval.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.eval.ComplaintEvaluation;
import org.brandpulse.nlp.eval.EvalData;
import org.brandpulse.nlp.eval.LabeledComplaint;
import org.brandpulse.nlp.eval.LabeledText;
import org.brandpulse.nlp.eval.RatedText;
import org.brandpulse.nlp.eval.SentimentEvaluation;
import org.brandpulse.nlp.sentiment.BengaliCorpora;

/** Runs every evaluation over the shared data folder. */
public final class EvaluationSuite {

  /**
   * One line of the table.
   *
   * @param dataSet the data set and split
   * @param metric the figure reported
   * @param n rows scored by the fast tiers
   * @param fast the fast tier's figure (NaN when not applicable)
   * @param vader the VADER (version 1) tier's figure
   * @param deepN rows scored by the deep tier (its sample), 0 when not run
   * @param deep the deep tier's figure
   * @param published published figures to compare with
   */
  public record Row(
      String dataSet,
      String metric,
      int n,
      double fast,
      double vader,
      int deepN,
      double deep,
      String published) {}

  /** The analysers and how to cross-validate the models trained on evaluation data. */
  public record Tiers(
      TextAnalyzer fast,
      TextAnalyzer vader,
      TextAnalyzer deep,
      Function<List<LabeledComplaint>, ComplaintEvaluation> complaintCrossValidation,
      Function<Path, SentimentEvaluation> bengaliCrossValidation) {}

  private EvaluationSuite() {}

  /** Runs the table; data sets missing from {@code dataDir} are left out. */
  public static List<Row> run(Path dataDir, Tiers tiers, int deepSample) throws IOException {
    List<Row> rows = new ArrayList<>();
    Path s = dataDir.resolve("sentiment");
    sentiment(
        rows,
        "TweetEval sentiment, validation",
        s.resolve("tweeteval-val.tsv"),
        EvalData::readSentimentTsv,
        "en",
        tiers,
        deepSample,
        "macro-recall",
        "leaderboard (test): SVM/FastText 0.629, RoBERTa 0.728; issue: VADER ~0.57, CoreNLP ~0.49");
    sentiment(
        rows,
        "Sentiment140 test (3 classes)",
        s.resolve("sentiment140-test.csv"),
        EvalData::readSentiment140Csv,
        "en",
        tiers,
        deepSample,
        "macro-recall",
        "Go et al. 2009: 0.83 accuracy on the 359 pos/neg tweets only");
    sentiment(
        rows,
        "US airline tweets",
        s.resolve("airline-tweets.csv"),
        f -> EvalData.readAirlineCsv(f).stream().map(a -> a.toLabeled()).toList(),
        "en",
        tiers,
        deepSample,
        "macro-recall",
        "none standard");
    for (String set :
        List.of("amazonReviewSnippets", "movieReviewSnippets", "nytEditorialSnippets")) {
      sentiment(
          rows,
          "VADER "
              + set
              + " (3 classes, neutral when the mean rating is within ±"
              + RatedText.NEUTRAL_BAND
              + ")",
          s.resolve("vader-" + set + ".tsv"),
          EvalData::readVaderAsLabeled,
          "en",
          tiers,
          deepSample,
          "macro-F1",
          "VADER paper (ICWSM 2014) reports 2-class F1 and correlation, not this");
    }
    Path complaints = dataDir.resolve("complaints/complaints-train.csv");
    if (Files.isRegularFile(complaints)) {
      List<LabeledComplaint> data = EvalData.readComplaintsCsv(complaints);
      ComplaintEvaluation cv = tiers.complaintCrossValidation().apply(data);
      ComplaintEvaluation rules = ComplaintEvaluation.evaluate(tiers.vader(), data);
      rows.add(
          new Row(
              "Complaints (10-fold CV: trained on it)",
              "macro-F1",
              data.size(),
              cv.macroF1(),
              rules.macroF1(),
              0,
              Double.NaN,
              "Jin & Aletras 2020/21 transformers 0.87-0.88 macro-F1"));
      rows.add(
          new Row(
              "Complaints (10-fold CV: trained on it)",
              "F1 complaint class",
              data.size(),
              cv.f1(),
              rules.f1(),
              0,
              Double.NaN,
              "Preotiuc-Pietro et al. ACL 2019: 0.79 F1"));
      rows.add(
          new Row(
              "Complaints (10-fold CV: trained on it)",
              "ROC AUC",
              data.size(),
              cv.auc(),
              rules.auc(),
              0,
              Double.NaN,
              ""));
    }
    Path blp = dataDir.resolve("bengali/blp23_sentiment_dev.tsv");
    if (Files.isRegularFile(blp)) {
      // The shipped Bengali model is trained with these posts: its figure is 5-fold CV.
      List<LabeledText> data = BengaliCorpora.readIdTextLabel(blp);
      SentimentEvaluation cv = tiers.bengaliCrossValidation().apply(dataDir.resolve("bengali"));
      AnalysisContext bn =
          new AnalysisContext("bn", java.util.Set.of(), java.util.Set.of(), false, false);
      rows.add(
          new Row(
              "BLP-2023 Bengali sentiment, dev (fast: 5-fold CV: trained on it)",
              "micro-F1",
              data.size(),
              cv.accuracy(),
              score(tiers.vader(), data, bn).accuracy(),
              0,
              Double.NaN,
              "test split: majority 0.498, n-gram baseline 0.551, best system 0.731"));
    }
    return rows;
  }

  private interface Reader {
    List<LabeledText> read(Path file) throws IOException;
  }

  private static void sentiment(
      List<Row> rows,
      String name,
      Path file,
      Reader reader,
      String lang,
      Tiers tiers,
      int deepSample,
      String metric,
      String published)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<LabeledText> data = reader.read(file);
    AnalysisContext ctx =
        new AnalysisContext(lang, java.util.Set.of(), java.util.Set.of(), false, false);
    SentimentEvaluation fast = score(tiers.fast(), data, ctx);
    SentimentEvaluation vader = score(tiers.vader(), data, ctx);
    int deepN = tiers.deep() == null ? 0 : Math.min(deepSample, data.size());
    SentimentEvaluation deep = deepN == 0 ? null : score(tiers.deep(), data.subList(0, deepN), ctx);
    rows.add(
        new Row(
            name,
            metric,
            data.size(),
            pick(fast, metric),
            pick(vader, metric),
            deepN,
            deep == null ? Double.NaN : pick(deep, metric),
            published));
  }

  private static SentimentEvaluation score(
      TextAnalyzer analyzer, List<LabeledText> data, AnalysisContext ctx) {
    return SentimentEvaluation.evaluate(t -> analyzer.analyze(t, ctx).sentiment().label(), data);
  }

  private static double pick(SentimentEvaluation e, String metric) {
    return switch (metric) {
      case "macro-recall" -> e.macroRecall();
      case "macro-F1" -> e.macroF1();
      default -> e.accuracy();
    };
  }
}
