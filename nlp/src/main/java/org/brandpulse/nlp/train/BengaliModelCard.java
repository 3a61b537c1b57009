package org.brandpulse.nlp.train;

import java.util.Arrays;
import java.util.Locale;
import org.brandpulse.nlp.eval.SentimentEvaluation;
import org.brandpulse.nlp.ml.FeatureConfig;
import org.brandpulse.nlp.ml.LinearModel;

/** Writes {@code MODEL-CARD-bn.md} for {@link TrainBengaliSentiment}. */
final class BengaliModelCard {
  private BengaliModelCard() {}

  static String render(
      LinearModel model,
      SentimentEvaluation othersOnly,
      SentimentEvaluation folds,
      long bytes,
      boolean withoutBlp) {
    FeatureConfig c = model.config();
    return String.join(
            "\n",
            "# bn-sentiment.model",
            "",
            "Multinomial logistic regression (negative / neutral / positive) for Bengali posts. Written",
            "by `org.brandpulse.nlp.train.TrainBengaliSentiment <shared-data dir> <model file>"
                + (withoutBlp ? " --without-blp" : "")
                + "`",
            "(deterministic: same data, same bytes). Used by `BengaliSentimentModel.loadDefault()`.",
            "",
            "## Data (`/work/shared/data/bengali`, see its SOURCE.txt)",
            "- `sentiment_train.tsv`, `sentiment_dev.tsv`: 2,376 YouTube comments, 3 classes",
            "  (github.com/banglanlp/bangla-sentiment-classification, commit e54f504).",
            "- `sazzed-drama-reviews`: 3,307 negative and 8,500 positive YouTube drama comments",
            "  (github.com/sazzadcsedu/BN-Dataset, commit 1b785f1; no neutral class).",
            "- `blp23_sentiment_dev.tsv`: 3,934 BLP-2023 task 2 dev posts (MUBASE tweets and Facebook",
            "  posts, SentNoB comments), "
                + (withoutBlp
                    ? "used for scoring only."
                    : "used for scoring and, repeated 3 times, for training the shipped model."),
            "- Banglish (Bengali in Latin script) is rare in these sets: about 40 posts, nearly all in",
            "  the YouTube sets. The character n-grams see it, but the model has not really learnt it;",
            "  Banglish posts reach it through the language identifier's `bn` profile.",
            "",
            "## Licence check: may the weights ship?",
            "**Not cleared.** The YouTube sets are released CC BY-NC-SA 2.0 and the BLP-2023 data",
            "CC BY-NC-SA 4.0: non-commercial and share-alike, which Brandpulse's GPL-3.0 (that allows",
            "commercial use) cannot honour if the weights count as an adaptation of the data. The drama",
            "reviews state no licence at all (the README only asks for citations). The file holds hashed",
            "n-gram weights, no text, but it is derived from those data. Fine for research and",
            "self-hosted evaluation; before distributing binaries with it, get the data owners'",
            "permission or retrain on data with a licence that allows it (same command, same formats).",
            "Without the model the fast tier falls back to the BengaliVADER lexicon rules (MIT).",
            "",
            "## Features (recipe `bengali-features-1`, class `BengaliFeatures`)",
            "Lucene's BengaliNormalizer on every Bengali token; word unigrams and bigrams of",
            "BengaliStemmer stems without Lucene's Bengali stop words (negations and boosters kept);",
            String.format(
                Locale.ROOT,
                "character %d- to %d-grams of the normalised surface forms; %d signed hashed slots",
                c.charMin(),
                c.charMax(),
                c.dimension()),
            "(L2-normalised block), then three dense cues: BengaliVADER lexicon score, emoji and",
            "emoticon score, share of Latin-script words.",
            "",
            "## Training",
            String.format(
                Locale.ROOT,
                "AdaGrad multinomial logistic regression, %d epochs, step %.2f, L2 %.0e, seed %d, no"
                    + " class weights.",
                TrainBengaliSentiment.OPTIONS.epochs(),
                TrainBengaliSentiment.OPTIONS.learningRate(),
                TrainBengaliSentiment.OPTIONS.l2(),
                TrainBengaliSentiment.OPTIONS.seed()),
            String.format(
                Locale.ROOT, "File: %d bytes, %d non-zero weights.", bytes, model.nonZeroWeights()),
            "",
            "## Figures on the BLP-2023 dev set (micro-F1 = accuracy)",
            "| protocol | n | micro-F1 | macro-F1 | confusion (rows gold neg/neu/pos) |",
            "|---|---|---|---|---|",
            row("trained on YouTube + drama only", othersOnly),
            row("5-fold: + 4/5 of BLP dev, scored on the other 1/5", folds),
            "",
            "Published on the BLP test split: majority 0.498, n-gram baseline 0.551, best system 0.731",
            "(all trained on the 35k-post BLP training set, which is not in the shared data). The",
            "5-fold row estimates the shipped model"
                + (withoutBlp
                    ? " trained with BLP posts; this file was trained without them."
                    : "."),
            "")
        + org.brandpulse.nlp.eval.HeldOutProtocol.MARKDOWN;
  }

  private static String row(String name, SentimentEvaluation e) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.3f | %.3f | %s |",
        name,
        e.n(),
        e.accuracy(),
        e.macroF1(),
        Arrays.deepToString(e.confusion()));
  }
}
