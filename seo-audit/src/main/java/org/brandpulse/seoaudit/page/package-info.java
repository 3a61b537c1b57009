/**
 * What one fetched page says about itself, extracted once and kept small.
 *
 * <p>{@link org.brandpulse.seoaudit.page.PageExtractor} parses a response body with jsoup and
 * returns {@link org.brandpulse.seoaudit.page.HtmlFacts}: titles, descriptions, robots directives,
 * canonicals, hreflang alternates, headings, word count, an exact content hash and a 64-bit {@link
 * org.brandpulse.nlp.text.SimHash}, links, images, forms, structured data. The DOM is dropped as
 * soon as the facts are read, so a crawl holds facts, never documents. {@link
 * org.brandpulse.seoaudit.page.PageFacts} pairs them with the {@link
 * org.brandpulse.seoaudit.page.ResponseFacts} of the HTTP exchange; the check catalogue reads
 * nothing else.
 *
 * <p>Every list is capped ({@link org.brandpulse.seoaudit.page.HtmlFacts#MAX_ITEMS}) so a hostile
 * page with a million links costs a bounded amount of memory; counts stay exact.
 */
package org.brandpulse.seoaudit.page;
