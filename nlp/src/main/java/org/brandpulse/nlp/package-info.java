/**
 * Text analysis for short, noisy, multilingual social-media posts.
 *
 * <p>One entry point: {@link org.brandpulse.nlp.TextAnalyzer}, obtained from {@link
 * org.brandpulse.nlp.TextAnalyzers}. It turns a text (plus an optional {@link
 * org.brandpulse.nlp.AnalysisContext} naming the brand the post is about) into an immutable {@link
 * org.brandpulse.nlp.TextAnalysis}: language, sentiment, complaint, keywords, hashtags, mentions,
 * emoji and entities. Analysers never throw on bad text: empty, huge, binary or unknown-script
 * input gets a neutral result.
 *
 * <p>This module knows nothing of posts, stores or Spring.
 */
package org.brandpulse.nlp;
