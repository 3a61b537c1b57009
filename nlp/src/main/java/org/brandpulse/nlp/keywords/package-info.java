/**
 * What a text is about: {@link org.brandpulse.nlp.keywords.KeywordExtractor} ranks content words
 * and repeated two-word phrases (at most eight, best first) after removing the {@link
 * org.brandpulse.nlp.keywords.StopWords} of English, Bengali, the other profiled languages and,
 * from Lucene's lists, the text's own language; {@link org.brandpulse.nlp.keywords.BrandEntities}
 * finds the context's brand names and handles and reports them as {@link
 * org.brandpulse.nlp.EntityType#BRAND} entities, which also tells the complaint detector whether a
 * post is addressed to the brand. {@link org.brandpulse.nlp.keywords.Trending} finds the terms that
 * rose against a baseline period.
 */
package org.brandpulse.nlp.keywords;
