/**
 * The evaluation contract: readers for the shared data sets, figures for sentiment and complaint
 * detection, and stratified splits. Plain Java; the CLI and the training commands call it.
 *
 * <p>{@link org.brandpulse.nlp.eval.SentimentEvaluation#evaluate(org.brandpulse.nlp.TextAnalyzer,
 * java.util.List)} runs an analyser over {@link org.brandpulse.nlp.eval.LabeledText}s and reports
 * accuracy, macro-recall (TweetEval's official metric), macro-F1, the 3x3 confusion matrix (rows
 * gold, columns predicted, order negative/neutral/positive) and posts per second. {@link
 * org.brandpulse.nlp.eval.ComplaintEvaluation} does the same for complaints, with the complaint
 * class's precision/recall/F1, macro-F1 and ROC AUC of the complaint probability.
 *
 * <p>{@link org.brandpulse.nlp.eval.EvalData} reads the shared files: {@code label<TAB>text} TSVs,
 * the complaints CSV, the airline CSV, the Sentiment140 test CSV (polarity 0/2/4, ISO-8859-1) and
 * VADER's {@code id<TAB>rating<TAB>text} snippets. Ratings (means of human scores on -4..+4) become
 * three classes with VADER's own rule scaled from its [-1, 1] compound to the rating scale:
 * positive at {@code rating >= 0.2}, negative at {@code rating <= -0.2}, neutral between ({@link
 * org.brandpulse.nlp.eval.RatedText#NEUTRAL_BAND} = 0.05 x 4).
 *
 * <p>{@link org.brandpulse.nlp.eval.DataSplits} gives stratified k-fold splits and hold-outs of any
 * labelled items, over {@link org.brandpulse.nlp.ml.StratifiedKFold}.
 */
package org.brandpulse.nlp.eval;
