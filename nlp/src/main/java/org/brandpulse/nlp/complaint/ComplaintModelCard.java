package org.brandpulse.nlp.complaint;

import java.util.Locale;
import org.brandpulse.nlp.eval.ComplaintEvaluation;
import org.brandpulse.nlp.ml.LinearModel;

/** Writes {@code MODEL-CARD.md} for a trained complaint model: data, licence, recipe, figures. */
public final class ComplaintModelCard {
  private ComplaintModelCard() {}

  /**
   * The card's Markdown.
   *
   * @param model the shipped model
   * @param examples number of training tweets
   * @param cv cross-validated figures over all tweets
   * @param perFold macro-F1 per outer fold as {@code mean ± sd (min..max)}
   * @param service the same figures over the customer-service tweets alone
   * @param rules the version 1 rules over all tweets (not trained, so no CV needed)
   * @param categories the airline category check
   * @param bytes size of the two model files
   */
  public static String render(
      ComplaintModel model,
      int examples,
      ComplaintEvaluation cv,
      String perFold,
      ComplaintEvaluation service,
      ComplaintEvaluation rules,
      AirlineCategoryCheck.Result categories,
      long bytes) {
    LinearModel first = model.linear();
    return String.format(
            Locale.ROOT,
            """
        # complaint.model + complaint.trees

        Two stages stacked: is a social-media post a complaint? Written by
        `org.brandpulse.nlp.train.TrainComplaints <shared-data dir> <model file>` (deterministic;
        `complaint.trees` is written next to the model file).

        ## Data
        `complaints/complaints-train.csv`: %d tweets (complaint yes/no), the training portion of
        Preotiuc-Pietro, Gaman and Aletras, *Automatically Identifying Complaints in Social Media*,
        ACL 2019 (github.com/danielpreotiuc/complaints-social-media, commit 54e3402). Customer-service
        tweets in 9 domains plus random tweets and replies (all non-complaints).

        ## Licence
        The data set states **no licence** ("research use"). The model files hold hashed n-gram
        weights and trees only, no texts, but they are derived from that data: shipping them is
        **not cleared**.
        Fine for research and self-hosted evaluation; before distributing Brandpulse binaries with
        it, get the authors' permission or retrain on data with a licence that allows it (same
        command, same CSV format). The airline tweets (CC BY-NC-SA 4.0) are **not** used for the
        weights, only for the category sanity check below.

        ## Features (recipe `%s`)
        Word unigrams and bigrams of normalised tokens (mentions, links and numbers folded) and dense
        cues: the fast tier's sentiment (score, negative and
        positive label; the trained English model for English), VADER-lexicon valence sums, the
        complaint cue lexicon per category and signal (order/delivery vocabulary, first/second
        person, repetition such as "still" and "again", threats), question and exclamation marks,
        shouting, mentions, links, a leading mention, a customer-care handle, length; and the
        unit-length direction of the text's pre-trained word vectors (the 50-dimensional vectors of
        CoreNLP's neural coreference model, 103,144 lower-case words, GPL 3.0, read from the CoreNLP
        models jar; stop words left out); %d slots of which %d non-zero. Bengali text is scored by
        the cue rules instead (the model saw no Bengali).

        ## Training
        Stage 1 (`complaint.model`): %s on naive-Bayes-scaled features (log-count ratios with alpha
        %s, Wang and Manning 2012; the ratios are multiplied into the saved weights, so scoring costs
        nothing extra); class-balanced loss.
        Stage 2 (`complaint.trees`): gradient-boosted trees (Friedman's two-class logistic
        L2_TreeBoost; %s) over stage 1's margin, the dense cues and the word-vector direction
        (%d values), trained on stage 1's out-of-fold margins from 5 inner folds, so that it learns
        how far to trust stage 1 rather than how well stage 1 remembers its own training tweets.
        Decision threshold %s tuned for macro-F1 on 5-fold out-of-fold probabilities of stage 2 and
        folded into it. Files: %d bytes.

        ## Figures (stratified 10-fold cross-validation, threshold tuned inside each training part)
        | slice | n | accuracy | complaint P | complaint R | complaint F1 | macro-F1 | AUC |
        |---|---|---|---|---|---|---|---|
        %s
        %s
        %s

        Macro-F1 per outer fold: %s. The issue's target, macro-F1 0.85, is %s.

        Published (different split of the same data): logistic regression ~79 F1 (ACL 2019),
        transformers 87-88 macro-F1 (Jin and Aletras 2020/2021).

        ## Categories
        Category, severity and needs-reply are rules over the cue lexicon (`complaint-cues.txt`).
        Airline negative reasons as a check (the version 2 cues were written while looking at these
        tweets: a sanity check, not a held-out figure): %s.
        """,
            examples,
            ComplaintFeatures.RECIPE,
            first.config().dimension(),
            first.nonZeroWeights(),
            first.properties().getOrDefault("trainer", "AdaGrad")
                + ", "
                + first.properties().getOrDefault("epochs", "?")
                + " epochs",
            first.properties().getOrDefault("nb-alpha", "-"),
            model.trees().properties().get("stage2"),
            model.trees().features(),
            model.trees().properties().get("threshold"),
            bytes,
            row("all tweets (model)", cv),
            row("customer-service tweets only (model)", service),
            row("rules v1, all tweets", rules),
            perFold,
            cv.macroF1() >= 0.85
                ? "reached, by less than the fold-to-fold spread (see the caveat under"
                    + " \"What was tried\")"
                : "not reached",
            categories)
        + ComplaintExperiments.TRIED
        + org.brandpulse.nlp.eval.HeldOutProtocol.MARKDOWN
        + NEEDS_REPLY;
  }

  /**
   * The whole needs-reply decision on hand-labelled real support tweets, measured by {@code
   * brandpulse eval replies} (not by the training command, which does not change the triage rules).
   */
  static final String NEEDS_REPLY =
      """

      ## Needs-reply, the whole decision (model + triage rules + vetoes)
      `brandpulse eval replies` on the support-replies set (340 real customer tweets to 56
      companies, hand-labelled; data card `config/src/test/resources/eval/support-replies-CARD.md`).
      Triage phrases (`triage-cues.txt`) chosen on the dev half only; test half scored once before
      and once after.

      | half | triage | precision | recall | macro-F1 | category accuracy | OTHER share |
      |---|---|---:|---:|---:|---:|---:|
      | dev (170) | before | 0.827 | 0.598 | 0.647 | 0.321 | 63.5 % |
      | dev (170) | after | 0.911 | 0.911 | 0.869 | 0.704 | 28.4 % |
      | test (170) | before | 0.821 | 0.491 | 0.593 | 0.345 | 61.3 % |
      | test (170) | after | 0.912 | 0.741 | 0.774 | 0.464 | 33.3 % |

      Short of the issue's 0.80 target on the held-out half (dev 0.869 shows how much rule fitting
      overstates). Misses left: non-English posts, replies carrying case details ("From
      recollection approx 1130am"), complaints without any cue word.
      """;

  private static String row(String name, ComplaintEvaluation e) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |",
        name,
        e.n(),
        e.accuracy(),
        e.precision(),
        e.recall(),
        e.f1(),
        e.macroF1(),
        e.auc());
  }
}
