/**
 * Sentiment for the fast tier.
 *
 * <p>{@link org.brandpulse.nlp.sentiment.SentimentScorer} is the entry point: it routes English to
 * {@link org.brandpulse.nlp.sentiment.VaderAnalyzer}, a faithful port of VADER 3.3.2 (Hutto &amp;
 * Gilbert, ICWSM 2014) whose compound scores match the reference implementation's published
 * examples; Bengali to {@link org.brandpulse.nlp.sentiment.BengaliSentiment}, a VADER-style lexicon
 * scorer with Bengali negation and boosters; and any other language to the emoji and emoticons of
 * the text alone. Scores are compound values in [-1, 1]; labels use VADER's ±0.05 thresholds.
 *
 * <p>Lexicons ({@link org.brandpulse.nlp.sentiment.VaderLexicon}, {@link
 * org.brandpulse.nlp.sentiment.BengaliLexicon}) are MIT-licensed third-party data bundled with
 * their licence texts (see {@code NOTICE.txt} beside them); each loads once, lazily, and is
 * immutable afterwards, so every class here is thread-safe.
 */
package org.brandpulse.nlp.sentiment;
