package org.brandpulse.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brandpulse.nlp.TextAnalyzers;
import org.brandpulse.nlp.complaint.ComplaintTraining;
import org.brandpulse.nlp.eval.suite.EvaluationSuite;
import org.brandpulse.nlp.sentiment.BengaliCorpora;
import org.brandpulse.nlp.sentiment.BengaliFeatures;
import org.brandpulse.nlp.train.TrainBengaliSentiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code brandpulse eval all}: the whole evaluation table. */
@Command(
    name = "all",
    mixinStandardHelpOptions = true,
    description = {
      "Every labelled data set in the shared data folder: the fast tier, the VADER baseline and"
          + " the deep tier (Stanford CoreNLP, on the first --deep-sample rows) side by side, next"
          + " to the published figures. Sets a model was trained on are scored by 10-fold"
          + " cross-validation."
    })
public class EvalAllCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--data-dir",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "../shared/data")
  Path dataDir;

  @Option(
      names = "--deep-sample",
      description = "Rows per set for the deep tier (default: ${DEFAULT-VALUE}; 0 skips it).",
      defaultValue = "500")
  int deepSample;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dataDir)) {
      throw new ParameterException(spec.commandLine(), "--data-dir: no such folder: " + dataDir);
    }
    List<EvaluationSuite.Row> rows =
        EvaluationSuite.run(
            dataDir,
            new EvaluationSuite.Tiers(
                TextAnalyzers.fast(),
                TextAnalyzers.vader(),
                deepSample > 0 ? TextAnalyzers.deep() : null,
                data ->
                    ComplaintTraining.crossValidate(
                        ComplaintTraining.examples(data),
                        10,
                        2019,
                        ComplaintTraining.Options.DEFAULT),
                bengali ->
                    TrainBengaliSentiment.crossValidate(
                        uncheckedRead(() -> BengaliCorpora.trainingSets(bengali)),
                        uncheckedRead(
                            () ->
                                BengaliCorpora.readIdTextLabel(
                                    bengali.resolve(BengaliCorpora.BLP_DEV))),
                        BengaliFeatures.DEFAULT_CONFIG)),
            deepSample);
    print(spec.commandLine().getOut(), rows);
    return ExitCodes.OK;
  }

  private interface Read<T> {
    T get() throws java.io.IOException;
  }

  private static <T> T uncheckedRead(Read<T> read) {
    try {
      return read.get();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void print(PrintWriter out, List<EvaluationSuite.Row> rows) {
    out.println("| data set | metric | n | fast | VADER (v1) | deep (sample n) | published |");
    out.println("|---|---|---:|---:|---:|---:|---|");
    for (EvaluationSuite.Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %d | %s | %s | %s | %s |%n",
          r.dataSet(),
          r.metric(),
          r.n(),
          fmt(r.fast()),
          fmt(r.vader()),
          r.deepN() == 0 ? "–" : fmt(r.deep()) + " (" + r.deepN() + ")",
          r.published());
    }
    out.flush();
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }
}
