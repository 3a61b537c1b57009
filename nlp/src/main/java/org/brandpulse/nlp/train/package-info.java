/**
 * The training commands that make the shipped models from the public data sets in {@code
 * ../shared/data} ({@link org.brandpulse.nlp.train.TrainEnglishSentiment}, {@link
 * org.brandpulse.nlp.train.TrainBengaliSentiment}, {@link
 * org.brandpulse.nlp.train.TrainComplaints}) and write their model cards. Settings are chosen on an
 * inner split only and the untouched split is reported once (the protocol is written in each model
 * card).
 */
package org.brandpulse.nlp.train;
