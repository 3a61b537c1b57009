/**
 * Brand matching: which configured brands (and competitors) a post is about.
 *
 * <p>Configure a list of {@link org.brandpulse.ingest.match.BrandQuery} (a name and a Lucene
 * classic query over the post text) and build one {@link org.brandpulse.ingest.match.BrandMatcher};
 * it validates every query up front and answers {@code match(text)} with the names of the matching
 * brands. Matching uses Lucene Monitor with the store's analyzer ({@link
 * org.brandpulse.ingest.text.PostTextAnalyzer}), so {@code @bazarly} and {@code #bazarly} in a post
 * match the query term {@code bazarly}, case and accents are ignored, and a brand query finds the
 * same posts a store search for it finds.
 */
package org.brandpulse.ingest.match;
