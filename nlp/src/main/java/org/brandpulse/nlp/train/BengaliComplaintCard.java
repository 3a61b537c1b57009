package org.brandpulse.nlp.train;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.nlp.eval.BengaliComplaintSet.Post;
import org.brandpulse.nlp.eval.DataSplits;
import org.brandpulse.nlp.eval.HeldOutProtocol;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.train.TrainBengaliComplaints.Choice;
import org.brandpulse.nlp.train.TrainBengaliComplaints.Target;

/** Figures and {@code MODEL-CARD-bn-complaint.md} of {@link TrainBengaliComplaints}. */
final class BengaliComplaintCard {
  private BengaliComplaintCard() {}

  /** What one training run measured. */
  static final class Figures {
    final List<Post> posts;
    final DataSplits.Split<Post> split;
    final Map<Target, Map<String, BinaryCounts>> heldOut = new LinkedHashMap<>();
    final Map<Target, Map<String, BinaryCounts>> crossValidated = new LinkedHashMap<>();
    final Map<String, Map<Target, Map<String, BinaryCounts>>> rules = new LinkedHashMap<>();

    Figures(List<Post> posts, DataSplits.Split<Post> split) {
      this.posts = posts;
      this.split = split;
    }

    List<String> rows() {
      List<String> out = new ArrayList<>();
      for (Target t : Target.values()) {
        for (String part : List.of("all", "real", "written")) {
          out.add(row(t, "model, untouched split", part, heldOut.get(t).get(part)));
          for (Map.Entry<String, Map<Target, Map<String, BinaryCounts>>> r : rules.entrySet()) {
            out.add(
                row(
                    t,
                    "rules (" + r.getKey() + "), untouched split",
                    part,
                    r.getValue().get(t).get(part)));
          }
          out.add(row(t, "model, 5-fold CV over all", part, crossValidated.get(t).get(part)));
        }
      }
      return out;
    }

    void print(PrintStream out) {
      for (String r : rows()) {
        out.println(r);
      }
    }
  }

  private static String row(Target t, String protocol, String part, BinaryCounts k) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %d | %.3f | %.3f | %.3f | %.3f | %d/%d/%d/%d |",
        t.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        protocol,
        part,
        k.n(),
        k.precision(),
        k.recall(),
        k.f1(),
        k.falsePositiveRate(),
        k.tp(),
        k.fp(),
        k.fn(),
        k.tn());
  }

  static String render(Map<Target, Choice> choices, Figures f, Map<Target, LinearModel> shipped) {
    List<String> lines = new ArrayList<>();
    long real = f.posts.stream().filter(Post::real).count();
    lines.add("# bn-complaint.model, bn-needs-reply.model");
    lines.add("");
    lines.add(
        "Two binary logistic models for Bengali posts (Bengali script, and Banglish that the");
    lines.add(
        "language identifier calls Bengali or that `Banglish` recognises by its function words,");
    lines.add("unless called English): is it a complaint, does it need a reply from the business.");
    lines.add("Written by `org.brandpulse.nlp.train.TrainBengaliComplaints <shared-data dir>");
    lines.add(
        "nlp/src/test/resources/eval/bengali-complaints.tsv <model dir>` (deterministic: same data,");
    lines.add(
        "same bytes); used by `BengaliComplaintModel.loadDefault()`, the fast tier's complaint stage");
    lines.add("for Bengali text (other text goes on to `ComplaintAnalyzer`).");
    lines.add("");
    lines.add("## Data");
    lines.add(
        String.format(
            Locale.ROOT,
            "`bengali-complaints.tsv` (data card `bengali-complaints-CARD.md` beside it): %d posts, %d"
                + " real (BLP-2023 dev, YouTube comments, drama reviews; ids only, texts joined from"
                + " `../shared/data/bengali`) and %d written for this set (Bengali and Banglish).",
            f.posts.size(),
            real,
            f.posts.size() - real));
    lines.add(
        "Real customer-service posts are very rare in those public sets (one needs a reply), so");
    lines.add(
        "**recall is measured on written posts only**; the real posts measure false alarms on real");
    lines.add("Bengali social-media text, news about e-commerce fraud included.");
    lines.add("");
    lines.add("## Features and training");
    lines.add("`BengaliComplaintFeatures`: the Bengali sentiment model's n-gram recipe (Lucene");
    lines.add("BengaliNormalizer and BengaliStemmer words, character n-grams, lexicon, emoji and");
    lines.add(
        "Latin-share cues), and, when on, the complaint cue rules (`complaint-cues.txt`) as dense");
    lines.add(
        "features. AdaGrad binary logistic regression, 20 epochs, step 0.2. The decision threshold");
    lines.add("is folded into the bias, so the shipped models decide at p = 0.5.");
    lines.add("");
    lines.add(
        "| target | chosen on the inner folds | threshold | inner 5-fold F1 | non-zero weights |");
    lines.add("|---|---|---|---|---|");
    for (Target t : Target.values()) {
      Choice c = choices.get(t);
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.2f | %.3f | %d |",
              t.name().toLowerCase(Locale.ROOT).replace('_', '-'),
              c.candidate().describe(),
              c.threshold(),
              c.innerF1(),
              shipped.get(t).nonZeroWeights()));
    }
    lines.add("");
    lines.add("## Figures");
    lines.add(
        String.format(
            Locale.ROOT,
            "Untouched split: a stratified fifth of the set (seed %d, strata origin/kind/needs-reply),"
                + " %d posts, scored once; selection used the other %d only. Rules = today's Bengali path"
                + " (`ComplaintAnalyzer`, cue rules, sentiment from `bn-sentiment.model`), with and"
                + " without the post counted as addressed to the brand. FPR = false-positive rate.",
            TrainBengaliComplaints.SPLIT_SEED,
            f.split.test().size(),
            f.split.train().size()));
    lines.add("");
    lines.add("| target | protocol | posts | n | precision | recall | F1 | FPR | tp/fp/fn/tn |");
    lines.add("|---|---|---|---|---|---|---|---|---|");
    lines.addAll(f.rows());
    lines.add("");
    lines.add(
        "The shipped models are trained on all posts with the frozen choice; the untouched-split");
    lines.add(
        "rows estimate them. With this few real complaints the figures say how the models do on");
    lines.add(
        "clear Bengali and Banglish customer posts (written) and how rarely they fire on real");
    lines.add("posts that need no reply; they are no estimate of recall on real customer traffic.");
    lines.add("");
    lines.add("## Licence");
    lines.add(
        "The weights are derived from BLP-2023 (CC BY-NC-SA 4.0) and YouTube (CC BY-NC-SA 2.0)");
    lines.add(
        "posts as negatives, and from posts written for the set (GPL-3.0 with Brandpulse). As for");
    lines.add(
        "`bn-sentiment.model`: fine for research and self-hosted use; before distributing binaries,");
    lines.add("retrain without the non-commercial sources (same command; drop their rows).");
    return String.join("\n", lines) + "\n" + HeldOutProtocol.MARKDOWN;
  }
}
