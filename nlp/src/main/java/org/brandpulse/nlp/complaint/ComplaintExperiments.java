package org.brandpulse.nlp.complaint;

/**
 * The record of what was tried on the complaint model, appended to its model card: every line was
 * measured by the same stratified 10-fold cross-validation (seed 2019) with the decision threshold
 * tuned on 5 inner folds of each training part, so the figures compare with each other and with the
 * card's table. Kept in code so that retraining cannot lose it.
 */
final class ComplaintExperiments {
  private ComplaintExperiments() {}

  /** Markdown section: the variants, their figures, and what was kept. */
  static final String TRIED =
      """

      ## What was tried (same 10-fold CV, seed 2019; macro-F1 pooled, then per-fold mean ± sd)
      | variant | macro-F1 | per fold | F1 | AUC | kept |
      |---|---|---|---|---|---|
      | recipe 1: words 1-2, chars 3-4, cues; 10 epochs | 0.8371 | 0.837 ± 0.032 | 0.7929 | 0.9244 | baseline |
      | + L2 1e-5 / 1e-4 (the SGD is not L2-bound) | 0.8368 / 0.8371 | | 0.7925 / 0.7927 | 0.9244 | no |
      | 5 / 20 / 40 / 80 epochs | 0.8310 / 0.8425 / 0.8346 / 0.8401 | | | 0.921-0.926 | 20 |
      | step 0.05 / 0.2 / 0.3 (40 ep.) | 0.8254 / 0.8376 / 0.8303 | | | | no |
      | + word trigrams | 0.8299 | 0.830 ± 0.031 | 0.7813 | 0.9247 | no |
      | chars 2-5 instead of 3-4 | 0.8380 | 0.838 ± 0.033 | 0.7947 | 0.9252 | no (noise; about 10 % slower fast tier) |
      | + paper features as dense counts (negations, time words "still/days/weeks/yet", order and delivery words, 1st/2nd person) | 0.8382 | 0.838 ± 0.024 | 0.7928 | 0.9246 | no (the cue lexicon and n-grams carry them) |
      | NB log-count scaling (alpha 1), 10 epochs | 0.8341 | 0.834 ± 0.023 | 0.7905 | 0.9252 | with 20 epochs |
      | + tier sentiment (trained English model), 20 epochs | 0.8396 | 0.840 ± 0.032 | 0.7948 | 0.9291 | yes |
      | + sentiment + NB, 20 epochs, chars 3-4 | 0.8436 | 0.844 ± 0.027 | 0.8008 | 0.9305 | yes (stage 1 of recipe 2) |
      | the same with chars 2-5 | 0.8429 | 0.843 ± 0.022 | 0.8008 | 0.9300 | no (slower, no better) |
      | bag of 5 shuffle seeds, weights averaged (sentiment, NB, chars 2-5) | 0.8456 | 0.846 ± 0.023 | 0.8041 | 0.9304 | no (5x training, within noise) |
      | airline negative reasons as extra complaints (weight 0.2 / 0.5), training folds only | 0.8299 / 0.8194 | | 0.7846 / 0.7692 | 0.9220 / 0.9121 | no |
      | airline, weight 0.2 / 1, with domain-augmented features (Daume 2007: shared + per-domain copies; shared + target weights would ship) | 0.8440 / 0.8376 | 0.844 ± 0.024 | 0.7988 / 0.7935 | 0.9291 / 0.9280 | no |
      | the same (weight 0.2, augmented) on top of sentiment + NB + chars 2-5 | 0.8455 | 0.845 ± 0.030 | 0.8032 | 0.9317 | no (+0.003 over 0.8429 without it: noise, for 20x training time and CC BY-NC-SA tweets in the weights) |
      | two views, probabilities averaged: A = this model, B = NB-scaled LR on character 2-5 grams inside words alone (B alone 0.7826, AUC 0.8714) | 0.8318 | 0.832 ± 0.024 | 0.7837 | 0.9180 | no |
      | the same, logits averaged | 0.8333 | 0.833 ± 0.024 | 0.7867 | 0.9203 | no |
      | the same with the dense cues in B too (B alone 0.8209), probabilities / logits averaged | 0.8430 / 0.8416 | 0.843 ± 0.024 / 0.842 ± 0.024 | 0.7998 / 0.7988 | 0.9231 / 0.9240 | no |
      | A's weight (0 to 1, step 0.1) chosen with the threshold by inner CV, probabilities; B chars / B chars + cues | 0.8435 / 0.8428 | 0.844 ± 0.026 / 0.843 ± 0.026 | 0.8012 / 0.8004 | 0.9301 / 0.9296 | no (inner CV picks 0.8-1.0, mostly A alone) |
      | the same with character 3-5 grams in B, logits | 0.8438 | 0.844 ± 0.026 | 0.8014 | 0.9303 | no |

      | recipe 3 stage 1: + direction of CoreNLP's 50-d word vectors, scale 0.5 / 1 / 1.5 / 2 / 2.5 / 3 / 4 | 0.8444 / 0.8440 / 0.8432 / 0.8484 / 0.8467 / 0.8469 / 0.8432 | 0.844 ± 0.025 (scale 1) | 0.8016 (scale 1) | 0.932-0.934 | scale 1 (AUC +0.003; macro-F1 within noise) |
      | the same, words weighted (scale 2): stop words left out / IDF from the SemEval tweets / SIF; scale 1 IDF; + max and min pooling (scale 1 / 2) | 0.8466 / 0.8463 / 0.8463; 0.8484; 0.8481 / 0.8457 | | | 0.933-0.935 | stop words left out (no table to ship) |
      | word clusters instead (spherical k-means over the vectors, K 256 / 1000, cluster unigrams at 0.5; K 500 with cluster bigrams; K 500 beside the vectors) | 0.8422 / 0.8439; 0.8348; 0.8429 | | | 0.930-0.934 | no |
      | stage 2 (scratch harness with Smile 3.1.1 GradientTreeBoost, 8 leaves, shrinkage 0.05, 70 % rows) over stage 1's inner out-of-fold margin, the cues and mean / max / min vector pools: 200 trees; 100; 300 of 4 leaves; 200 of 16 leaves; 500 at shrinkage 0.02 | 0.8500; 0.8523; 0.8522; 0.8499; 0.8488 | 0.850 ± 0.022 (200 trees) | 0.8109 (200 trees) | 0.934-0.937 | stacking yes (stage 1 alone in the same runs: 0.8476) |
      | the same, 100 trees, mean pool only; words plain / stop words left out / IDF; stop words left out with stage 1 of recipe 2 (no vectors in stage 1) | 0.8551 / 0.8557 / 0.8536; 0.8509 | 0.856 ± 0.024 (stop words out) | 0.8170 | 0.936-0.937 | mean pool, stop words left out |
      | stage 2 by this project's TreeBoosting (Friedman's L2_TreeBoost, 100 trees, 8 leaves, leaves of 5 or more, shrinkage 0.05): 70 % rows with seeds 1 / 2 / 3 / 4; leaves of 2 or more; all rows | 0.8470 / 0.8520 / 0.8546 / 0.8491; 0.8509; 0.8532 | 0.853 ± 0.023 (all rows) | 0.8137 (all rows) | 0.935-0.938 | all rows (no seed to pick) |
      | recipe 3 with recipe 2's character 3-4 grams (TrainComplaints): float vectors / vectors stored as bytes (7 MB of heap instead of 30, 1.4 instead of 2.2 us per post) | 0.8502 / 0.8540 | 0.850 ± 0.027 / 0.854 ± 0.020 | 0.8107 / 0.8161 | 0.9369 / 0.9377 | bytes |
      | recipe 3 without character n-grams (about 150 fewer hashed features per post; the vectors generalise in their place) | 0.8543 | 0.854 ± 0.026 | 0.8142 | 0.9361 | yes (shipped: same score, faster) |

      Recipe 3 in short: the word vectors add about 0.003 AUC to stage 1, and stacking boosted
      trees on stage 1's out-of-fold margin adds about 0.006 macro-F1 over stage 1 alone in every
      one of the 17 stage-2 runs above (0.847-0.856 against 0.843-0.848). The settings were picked
      on this same outer CV among those runs (and rounding the vectors to bytes moved the figure
      by 0.004), so the shipped 0.854 carries selection optimism of that size: read it as "about
      0.85", on a par with the target rather than safely past it.

      The two-view ensembles kept the shipped model as A unchanged (it reproduces 0.8436) and tuned
      the threshold, and the weight where stated, on the 5 inner folds only.
      Fold-to-fold spread (sd 0.02-0.03) is larger than every gain above: differences under about
      0.01 are noise. Thresholds were tuned by inner CV only, but the variants were compared on
      the outer CV, so the shipped row carries a little selection optimism. The variants were run
      by a scratch harness outside the tree that reproduces the pipeline's figures exactly
      (baseline 0.8371 and recipe 2's 0.8436 both match TrainComplaints); recipe 3's harness
      differed from the pipeline in slot names and column order, hence 0.8532 there against
      0.8502 in TrainComplaints with float vectors.
      """;
}
