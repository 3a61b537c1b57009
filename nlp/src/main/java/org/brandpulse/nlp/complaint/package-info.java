/**
 * Complaint detection for the fast tier.
 *
 * <p>{@link org.brandpulse.nlp.complaint.ComplaintDetector} turns a tokenized text, its sentiment
 * and whether it addresses the brand into a {@link org.brandpulse.nlp.Complaint}: probability,
 * category, severity and needs-reply. The evidence is the English and Bengali cue lexicon in {@code
 * complaint-cues.txt} ({@link org.brandpulse.nlp.complaint.ComplaintCues}), one weighted phrase per
 * line per category or signal; extend it there rather than in code. This is rule-based version 1,
 * to be replaced by a trained model behind the same API.
 */
package org.brandpulse.nlp.complaint;
