/**
 * Complaint analysis for the fast tier.
 *
 * <p>{@link org.brandpulse.nlp.complaint.ComplaintAnalyzer} is the entry point: {@code
 * ComplaintAnalyzer.loadDefault()} reads the shipped {@code complaint.model} and {@code
 * complaint.trees} once; as a {@link org.brandpulse.nlp.FastTextAnalyzer.ComplaintStage} it plugs
 * into the fast tier, and {@code analyze(text, context, sentiment)} serves callers with raw text.
 * The probability of Latin-script text comes from the two-stage {@link
 * org.brandpulse.nlp.complaint.ComplaintModel}: a binary logistic regression, trained on
 * naive-Bayes-scaled features, over {@link org.brandpulse.nlp.complaint.ComplaintFeatures} (hashed
 * word and character n-grams, the tier's sentiment, lexicon cues and the direction of the text's
 * pre-trained word vectors), whose margin boosted trees combine with the dense features. In the
 * fast tier, Bengali and Banglish posts get {@link
 * org.brandpulse.nlp.complaint.BengaliComplaintModel} instead: two learned logistic models
 * (complaint, needs-reply) over the Bengali sentiment features plus the cue rules ({@code
 * TrainBengaliComplaints}, model card {@code MODEL-CARD-bn-complaint.md}); {@code
 * ComplaintAnalyzer} alone still gives Bengali the version 1 cue rules of {@link
 * org.brandpulse.nlp.complaint.ComplaintDetector}. English category, severity and needs-reply are
 * rules ({@code ComplaintTriage}) over the English and Bengali cue lexicon in {@code
 * complaint-cues.txt} ({@link org.brandpulse.nlp.complaint.ComplaintCues}), one weighted phrase per
 * line per category or signal; extend it there rather than in code.
 *
 * <p>{@link org.brandpulse.nlp.complaint.ComplaintTraining} trains and cross-validates the model
 * (threshold tuned inside each training part; what was tried and its figures are in {@code
 * ComplaintExperiments} and the model card); {@code org.brandpulse.nlp.train.TrainComplaints}
 * writes the resource and its {@code MODEL-CARD.md}; {@link
 * org.brandpulse.nlp.complaint.AirlineCategoryCheck} checks the categories against the airline
 * tweets' negative reasons.
 */
package org.brandpulse.nlp.complaint;
