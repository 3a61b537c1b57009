/**
 * The deep analysis tier: Stanford CoreNLP (GPL-3.0) behind the same {@link
 * org.brandpulse.nlp.TextAnalyzer} interface as the fast tier.
 *
 * <p>Start at {@link org.brandpulse.nlp.deep.CoreNlpAnalyzer} (or {@code TextAnalyzers.deep()}). It
 * sends English text through one shared CoreNLP pipeline ({@link
 * org.brandpulse.nlp.deep.CoreNlpPipeline}: tokenize, ssplit, pos, lemma, ner, parse, sentiment)
 * and reads three things back: sentence sentiments, folded into one score by {@link
 * org.brandpulse.nlp.deep.DocumentSentiment}; NER mentions, typed by {@link
 * org.brandpulse.nlp.deep.NerTypes}; and lemmas, ranked into keywords by {@link
 * org.brandpulse.nlp.deep.LemmaKeywords}. Language identification, complaints, brand entities and
 * all non-English text come from the fast tier.
 *
 * <p>Costs: the {@code stanford-corenlp} models jar is about 474 MB on the class path; the pipeline
 * loads in about 17 s and holds about 300 MB of heap (a 1 GB max heap suffices); a tweet takes 0.1
 * to 0.5 s of one core, thousands of times the fast tier. Use it for evaluations, re-analysis of
 * small sets and entity-rich reports, never for ingest.
 */
package org.brandpulse.nlp.deep;
