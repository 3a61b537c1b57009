package org.brandpulse.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.TextAnalyzers;
import org.brandpulse.nlp.eval.ComplaintEvaluation;
import org.brandpulse.nlp.eval.EvalData;
import org.brandpulse.nlp.eval.LabeledComplaint;
import org.brandpulse.nlp.eval.LabeledText;
import org.brandpulse.nlp.eval.SentimentEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code brandpulse eval}: accuracy of the analysers on labelled data anyone can rerun. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluates the analysers on labelled data.",
    subcommands = {
      EvalCommand.Sentiment.class,
      EvalCommand.Complaints.class,
      EvalRepliesCommand.class,
      EvalAllCommand.class
    })
public class EvalCommand implements Runnable {

  @ParentCommand BrandpulseCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The analyser of a tier name. */
  static TextAnalyzer tier(String name, CommandSpec spec) {
    return switch (name) {
      case "fast" -> TextAnalyzers.fast();
      case "deep" -> TextAnalyzers.deep();
      case "vader" -> TextAnalyzers.vader();
      default ->
          throw new ParameterException(
              spec.commandLine(), "--tier: '" + name + "'; accepted: fast, deep, vader");
    };
  }

  static void requireFile(Path file, CommandSpec spec) {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "--data: no such file: " + file);
    }
  }

  /** {@code brandpulse eval sentiment}. */
  @Command(
      name = "sentiment",
      mixinStandardHelpOptions = true,
      description = {
        "Scores sentiment labels against a TSV of label<TAB>text (labels negative, neutral,"
            + " positive): n, accuracy, macro-recall, macro-F1, the confusion matrix and posts/s.",
      })
  static class Sentiment implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, description = "The TSV file.")
    Path data;

    @Option(
        names = "--lang",
        description = "Language of the texts, given to the analyser as a hint: en or bn.")
    String lang;

    @Option(
        names = "--tier",
        defaultValue = "fast",
        description = "fast (default), deep (Stanford CoreNLP) or vader (the lexicon baseline).")
    String tier;

    @Option(names = "--limit", description = "Only the first N rows (the deep tier is slow).")
    Integer limit;

    @Option(names = "--json", description = "One JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      requireFile(data, spec);
      if (lang != null && !lang.equals("en") && !lang.equals("bn")) {
        throw new ParameterException(
            spec.commandLine(), "--lang: '" + lang + "'; accepted: en, bn");
      }
      List<LabeledText> rows = EvalData.readSentimentTsv(data);
      if (limit != null) {
        rows = rows.subList(0, Math.min(limit, rows.size()));
      }
      TextAnalyzer analyzer = tier(tier, spec);
      org.brandpulse.nlp.AnalysisContext ctx =
          new org.brandpulse.nlp.AnalysisContext(
              lang, java.util.Set.of(), java.util.Set.of(), false, false);
      if (!rows.isEmpty()) {
        analyzer.analyze(rows.get(0).text(), ctx); // load models before timing
      }
      SentimentEvaluation e =
          SentimentEvaluation.evaluate(
              text -> analyzer.analyze(text, ctx).sentiment().label(), rows);
      print(spec.commandLine().getOut(), e, json, data, tier);
      return ExitCodes.OK;
    }

    static void print(
        PrintWriter out, SentimentEvaluation e, boolean json, Path data, String tier) {
      if (json) {
        out.println(
            Json.line(
                "data", data.toString(),
                "tier", tier,
                "n", e.n(),
                "accuracy", Json.round4(e.accuracy()),
                "macroRecall", Json.round4(e.macroRecall()),
                "macroF1", Json.round4(e.macroF1()),
                "postsPerSecond", Math.round(e.postsPerSecond()),
                "confusion", e.confusion()));
      } else {
        out.printf(Locale.ROOT, "%s, %s tier%n", data, tier);
        out.printf(
            Locale.ROOT,
            "  n %d   accuracy %.4f   macro-recall %.4f   macro-F1 %.4f   posts/s %.0f%n",
            e.n(),
            e.accuracy(),
            e.macroRecall(),
            e.macroF1(),
            e.postsPerSecond());
        out.printf(Locale.ROOT, "  confusion (rows gold, columns predicted):%n");
        out.printf(Locale.ROOT, "  %10s %9s %9s %9s%n", "", "negative", "neutral", "positive");
        for (SentimentLabel gold : SentimentLabel.values()) {
          int[] row = e.confusion()[gold.ordinal()];
          out.printf(
              Locale.ROOT,
              "  %10s %9d %9d %9d%n",
              gold.name().toLowerCase(Locale.ROOT),
              row[0],
              row[1],
              row[2]);
        }
      }
      out.flush();
    }
  }

  /** {@code brandpulse eval complaints}. */
  @Command(
      name = "complaints",
      mixinStandardHelpOptions = true,
      description =
          "Scores complaint detection against a CSV with header tweet_id,text,label,domain"
              + " (label 1 = complaint): accuracy, precision/recall/F1 of the complaint class,"
              + " macro-F1, ROC AUC.")
  static class Complaints implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, description = "The CSV file.")
    Path data;

    @Option(names = "--tier", defaultValue = "fast", description = "fast (default) or vader.")
    String tier;

    @Option(names = "--json", description = "One JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      requireFile(data, spec);
      List<LabeledComplaint> rows = EvalData.readComplaintsCsv(data);
      TextAnalyzer analyzer = tier(tier, spec);
      if (!rows.isEmpty()) {
        analyzer.analyze(rows.get(0).text());
      }
      ComplaintEvaluation e = ComplaintEvaluation.evaluate(analyzer, rows);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(
            Json.line(
                "data", data.toString(),
                "tier", tier,
                "n", e.n(),
                "accuracy", Json.round4(e.accuracy()),
                "precision", Json.round4(e.precision()),
                "recall", Json.round4(e.recall()),
                "f1", Json.round4(e.f1()),
                "macroF1", Json.round4(e.macroF1()),
                "auc", Json.round4(e.auc()),
                "postsPerSecond", Math.round(e.postsPerSecond())));
      } else {
        out.printf(Locale.ROOT, "%s, %s tier%n", data, tier);
        out.printf(
            Locale.ROOT,
            "  n %d   accuracy %.4f%n  complaint class: precision %.4f   recall %.4f   F1 %.4f%n"
                + "  macro-F1 %.4f   ROC AUC %.4f   posts/s %.0f%n",
            e.n(),
            e.accuracy(),
            e.precision(),
            e.recall(),
            e.f1(),
            e.macroF1(),
            e.auc(),
            e.postsPerSecond());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
