package org.brandpulse.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.eval.EvalData;
import org.brandpulse.nlp.eval.LabeledReply;
import org.brandpulse.nlp.eval.ReplyEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code brandpulse eval replies}: the whole needs-reply decision of the fast tier, as ingest makes
 * it, against a hand-labelled CSV. A malformed file stops before any scoring with every bad row
 * named (file:line) and exit code {@link ExitCodes.FAILED}.
 */
@Command(
    name = "replies",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the needs-reply decision (model, rules and vetoes together, as ingest makes it)"
          + " against a CSV with header id,text,needs_reply (yes/no). Optional columns: brand (the"
          + " brand the post was matched to: its name and handle), category (complaint category;"
          + " adds category accuracy), kind (complaint, question or other; adds complaint and"
          + " question precision/recall of the analysis' reply kind). Other columns are ignored.",
    })
public class EvalRepliesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "The CSV file.")
  Path data;

  @Option(names = "--json", description = "One JSON object instead of the table.")
  boolean json;

  @Option(names = "--errors", description = "Also list the misjudged posts (file:line).")
  boolean errors;

  @Override
  public Integer call() throws Exception {
    EvalCommand.requireFile(data, spec);
    List<LabeledReply> rows;
    try {
      rows = EvalData.readRepliesCsv(data);
    } catch (java.io.IOException e) {
      spec.commandLine().getErr().println(e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCodes.FAILED;
    }
    TextAnalyzer analyzer = EvalCommand.tier("fast", spec);
    ReplyEvaluation e = ReplyEvaluation.evaluate(analyzer, rows);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          Json.line(
              "data", data.toString(),
              "n", e.n(),
              "accuracy", Json.round4(e.accuracy()),
              "precision", Json.round4(e.precision()),
              "recall", Json.round4(e.recall()),
              "f1", Json.round4(e.f1()),
              "macroF1", Json.round4(e.macroF1()),
              "categoryN", e.categoryN(),
              "categoryAccuracy", Json.round4(e.categoryAccuracy()),
              "otherShare", Json.round4(e.otherShare()),
              "kindN", e.kindN(),
              "complaintPrecision", Json.round4(e.complaintPrecision()),
              "complaintRecall", Json.round4(e.complaintRecall()),
              "questionPrecision", Json.round4(e.questionPrecision()),
              "questionRecall", Json.round4(e.questionRecall())));
    } else {
      out.printf(Locale.ROOT, "%s, fast tier, needs-reply%n", data);
      out.printf(
          Locale.ROOT,
          "  n %d   accuracy %.4f   precision %.4f   recall %.4f   F1 %.4f   macro-F1 %.4f%n",
          e.n(),
          e.accuracy(),
          e.precision(),
          e.recall(),
          e.f1(),
          e.macroF1());
      if (e.categoryN() > 0) {
        out.printf(
            Locale.ROOT,
            "  category accuracy %.4f on %d complaints   OTHER %.1f %% of the analysed complaints%n",
            e.categoryAccuracy(),
            e.categoryN(),
            100 * e.otherShare());
      }
      if (e.kindN() > 0) {
        out.printf(
            Locale.ROOT,
            "  kind on %d posts: complaint precision %.4f recall %.4f   question precision %.4f"
                + " recall %.4f%n",
            e.kindN(),
            e.complaintPrecision(),
            e.complaintRecall(),
            e.questionPrecision(),
            e.questionRecall());
      }
    }
    if (errors) {
      for (ReplyEvaluation.Miss m : e.misjudged()) {
        String text = m.gold().text().replaceAll("\\s+", " ");
        out.printf(
            Locale.ROOT,
            "%s:%d %s gold %s/%s/%s, analysed %s/%s/%s p=%.2f: %s%n",
            data,
            m.gold().line(),
            m.gold().id(),
            m.gold().needsReply() ? "yes" : "no",
            m.gold().kind(),
            m.gold().category(),
            m.predicted().needsReply() ? "yes" : "no",
            m.predicted().replyKind(),
            m.predicted().category(),
            m.predicted().probability(),
            text.length() > 140 ? text.substring(0, 137) + "..." : text);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
