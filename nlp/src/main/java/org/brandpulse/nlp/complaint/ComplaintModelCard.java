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
      `brandpulse eval replies` on the support-replies set (real customer tweets to companies,
      hand-labelled; data card `config/src/test/resources/eval/support-replies-CARD.md`).

      Round 1 chose the triage phrases (`triage-cues.txt`) on a dev half of 170 posts and scored a
      test half of 170 once: macro-F1 0.774 (before: 0.593). That half was then looked at, so round 2
      folded it into the dev split (340 posts) and labelled a **fresh test split**: 240 inbound
      tweets drawn by seed 1616 from the ids never labelled, labelled before the system ran on any of
      them, the file committed, then scored once after every choice below was frozen.

      Selected on the 340 dev posts only: the model's threshold in a brand's stream (0.4), the new
      triage phrases (categories, acknowledgements, question openers, 🙃), the non-English cue words
      (`ForeignCues`), case details in support threads (a reply opening with a mention, 4 words or
      more, no acknowledgement, not positive), and the word-vector category fallback
      (`CategoryVectors`, closeness 0.5).

      | split | system | precision | recall | macro-F1 | category accuracy | OTHER share | complaint P / R | question P / R |
      |---|---|---:|---:|---:|---:|---:|---:|---:|
      | dev (340) | round 1 (main 6c72a62) | 0.911 | 0.826 | 0.821 | 0.582 | 30.7 % | 0.810 / 0.800 | - |
      | dev (340) | round 2 | 0.876 | 0.942 | 0.854 | 0.648 | 22.6 % | 0.820 / 0.855 | 0.464 / 0.762 |
      | **fresh test (240)** | round 1 (main 6c72a62) | 0.956 | 0.783 | 0.813 | 0.403 | 34.2 % | 0.901 / 0.775 | - |
      | **fresh test (240)** | **round 2, scored once** | **0.914** | **0.892** | **0.846** | **0.450** | **28.9 %** | 0.868 / 0.814 | 0.390 / 0.667 |

      The issue's target, needs-reply macro-F1 0.80 on held-out real tweets, is met (0.846; a macro-F1
      on 240 posts moves by about ±0.05 at 95 %). OTHER under a quarter of complaints is met on dev
      but not on the fresh test split (28.9 %; its gold labels put 25.6 % of complaints in OTHER).
      Complaint P/R and question P/R compare `Complaint.replyKind()` with the gold kind; round 1's
      complaint figures used `isComplaint()`. Question precision is low because replies carrying case
      details, which need a reply, count as QUESTION while their gold kind is "other".

      Round 3 folded that test split into dev (580 posts) and labelled a fresh one: 200 inbound tweets
      drawn by seed 1818 from the ids never labelled, committed before any system ran on them. Round 3's
      rule changes were chosen on the 580 dev posts only (more category phrases; no word-vector category
      guess, which on dev named 1 category right in 11; case details only when the reply carries a
      number, an acronym or a link; "having trouble ..." counted as a complaint). Two frozen systems
      were then each scored once on the fresh split: round 2's rules (main 2c677f1, frozen before the
      split was drawn) and round 3's.

      | split | system | precision | recall | macro-F1 | category accuracy | OTHER share | complaint P / R | question P / R |
      |---|---|---:|---:|---:|---:|---:|---:|---:|
      | dev (580) | round 2 (shipped) | 0.891 | 0.921 | 0.851 | 0.561 | 25.2 % | 0.840 / 0.837 | 0.436 / 0.727 |
      | dev (580) | round 3 (not kept) | 0.911 | 0.890 | 0.851 | 0.663 | 25.7 % | 0.841 / 0.844 | 0.523 / 0.682 |
      | **fresh test (200)** | **round 2 (shipped), scored once** | **0.899** | **0.899** | **0.805** | **0.443** | **24.5 %** | 0.827 / 0.791 | 0.263 / 0.435 |
      | fresh test (200) | round 3 (not kept), scored once | 0.907 | 0.858 | 0.789 | 0.470 | 31.8 % | 0.827 / 0.791 | 0.333 / 0.435 |

      Round 3 was better on dev but worse on the fresh split (macro-F1 0.789, under the issue's 0.80;
      recall 0.858; OTHER 31.8 %, and 29.8 % over all 2,778 inbound support tweets against round 2's
      24.9 %), so its rule changes were **not kept**: the shipped rules are round 2's, and the
      needs-reply figures reported for them are the fresh split's: macro-F1 0.805 (target 0.80 met, by
      a margin well inside the ±0.05 at 95 % on 200 posts), OTHER 24.5 % of complaints (24.9 % over all
      inbound support tweets; under a quarter, met). Caveat: round 2 was frozen before the split
      existed, but keeping it rather than round 3 was decided on this split, a choice between two
      frozen systems made on the reported figures, so the 0.805 is the better of two and carries a
      little selection optimism. Round 2's OTHER share under a quarter comes partly from the
      word-vector guess, which names categories that are often wrong (category accuracy 0.443; the gold
      labels put 26.1 % of complaints in OTHER). The fresh split has now been seen and chosen on: the
      next round folds it into dev and draws and labels a new split before any system runs on it.

      ## Complaints held out (80/20)
      `ComplaintHoldOut <shared-data dir>`: the recipe above trained on a stratified 80 % of
      `complaints-train.csv` (2232 tweets; the first of 5 stratified folds, seed 16, held out) and
      scored once on the other 20 % (559 tweets), which no training, threshold or inner fold saw:
      accuracy 0.8927, complaint P 0.8390, R 0.8643, F1 0.8515, **macro-F1 0.8837**, AUC 0.9488
      (target 0.85: met). Caveat: the recipe's settings were chosen earlier by 10-fold CV over all
      2791 tweets, these 559 included, so they are held out of training but not wholly of
      selection; nothing was re-selected after this measurement. The shipped model is trained on
      all 2791 tweets by `TrainComplaints`.
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
