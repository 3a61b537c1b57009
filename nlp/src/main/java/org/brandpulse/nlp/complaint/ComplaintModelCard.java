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
   * @param bytes size of the model file
   */
  public static String render(
      LinearModel model,
      int examples,
      ComplaintEvaluation cv,
      String perFold,
      ComplaintEvaluation service,
      ComplaintEvaluation rules,
      AirlineCategoryCheck.Result categories,
      long bytes) {
    return String.format(
            Locale.ROOT,
            """
        # complaint.model

        Binary logistic regression: is a social-media post a complaint? Written by
        `org.brandpulse.nlp.train.TrainComplaints <shared-data dir> <model file>` (deterministic).

        ## Data
        `complaints/complaints-train.csv`: %d tweets (complaint yes/no), the training portion of
        Preotiuc-Pietro, Gaman and Aletras, *Automatically Identifying Complaints in Social Media*,
        ACL 2019 (github.com/danielpreotiuc/complaints-social-media, commit 54e3402). Customer-service
        tweets in 9 domains plus random tweets and replies (all non-complaints).

        ## Licence
        The data set states **no licence** ("research use"). The model file holds hashed n-gram
        weights only, no texts, but it is derived from that data: shipping it is **not cleared**.
        Fine for research and self-hosted evaluation; before distributing Brandpulse binaries with
        it, get the authors' permission or retrain on data with a licence that allows it (same
        command, same CSV format). The airline tweets (CC BY-NC-SA 4.0) are **not** used for the
        weights, only for the category sanity check below.

        ## Features (recipe `%s`)
        Word unigrams and bigrams of normalised tokens (mentions, links and numbers folded), character
        3- and 4-grams inside words, and dense cues: the fast tier's sentiment (score, negative and
        positive label; the trained English model for English), VADER-lexicon valence sums, the
        complaint cue lexicon per category and signal (order/delivery vocabulary, first/second
        person, repetition such as "still" and "again", threats), question and exclamation marks,
        shouting, mentions, links, a leading mention, a customer-care handle, length; %d slots of
        which %d non-zero. Bengali text is scored by the cue rules instead (the model saw no Bengali).

        ## Training
        %s on naive-Bayes-scaled features (log-count ratios with alpha %s, Wang and Manning 2012;
        the ratios are multiplied into the saved weights, so scoring costs nothing extra);
        class-balanced loss; decision threshold %s tuned for macro-F1 on 5 inner folds and folded
        into the bias. File: %d bytes.

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
            model.config().dimension(),
            model.nonZeroWeights(),
            model.properties().getOrDefault("trainer", "AdaGrad")
                + ", "
                + model.properties().getOrDefault("epochs", "?")
                + " epochs",
            model.properties().getOrDefault("nb-alpha", "-"),
            model.properties().get("threshold"),
            bytes,
            row("all tweets (model)", cv),
            row("customer-service tweets only (model)", service),
            row("rules v1, all tweets", rules),
            perFold,
            cv.macroF1() >= 0.85 ? "reached" : "not reached",
            categories)
        + ComplaintExperiments.TRIED;
  }

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
