/**
 * XML sitemaps (sitemaps.org protocol 0.9): urlsets, indexes, gzip and plain-text sitemaps.
 *
 * <p>{@link org.brandpulse.seoaudit.sitemap.SitemapReader} takes the bytes the crawler fetched and
 * returns a {@link org.brandpulse.seoaudit.sitemap.SitemapInfo}: the listed URLs plus every problem
 * found, strictly: XML that crawler-commons' {@code SiteMapParser} cannot parse (it is hardened
 * against XXE), relative {@code <loc>}s (which lenient parsers drop silently), more than 50,000
 * URLs or 50 MB uncompressed, URLs on another host. Gzip is decoded with a size cap.
 */
package org.brandpulse.seoaudit.sitemap;
