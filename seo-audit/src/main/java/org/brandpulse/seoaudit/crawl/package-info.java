/**
 * The site crawler behind {@code brandpulse audit}.
 *
 * <p>Build {@link org.brandpulse.seoaudit.crawl.CrawlOptions} from {@code DEFAULTS}, create a
 * {@link org.brandpulse.seoaudit.crawl.Crawler} (with a {@link
 * org.brandpulse.seoaudit.crawl.JdkHttpFetcher} or any {@link
 * org.brandpulse.seoaudit.crawl.Fetcher}) and call {@code crawl(listener)}: every URL arrives once
 * as a {@link org.brandpulse.seoaudit.crawl.FetchedPage}, robots.txt files and sitemaps as {@code
 * RobotsInfo} and {@code SitemapInfo}, progress every second; the returned {@link
 * org.brandpulse.seoaudit.crawl.CrawlSummary} says why it stopped and what was skipped.
 *
 * <p>Rules the crawler follows:
 *
 * <ul>
 *   <li>The site is the start URLs' hosts plus {@code siteAliases}, on http and https. Site pages
 *       are fetched with GET and their links followed; links elsewhere are only checked (HEAD, GET
 *       when refused) when {@code checkExternalLinks}; images are checked the same way.
 *   <li>Breadth-first with a depth barrier: a page of depth d is only taken when no page of a
 *       smaller depth is in flight, so every page gets its shortest click depth even with
 *       concurrent workers. Pages listed only in sitemaps come last, with depth -1.
 *   <li>robots.txt (RFC 9309) per origin before its first page; disallowed URLs are reported with
 *       status 0 and not fetched; crawl-delay (capped) makes the host sequential and paced.
 *   <li>Links followed: {@code a}, {@code area}, {@code iframe}, {@code link rel=canonical / next /
 *       prev / alternate hreflang}, meta refresh and the Refresh header, resolved against {@code
 *       <base href>}. Not followed: {@code rel=nofollow} links and every link of a page with {@code
 *       meta robots} or {@code X-Robots-Tag} nofollow (unless {@code followNofollow}), links of
 *       non-2xx pages.
 *   <li>Redirects are followed hop by hop (each reported); a chain stops at a loop, after {@code
 *       maxRedirects}, at a disallowed URL, or when it leaves the site and external links are not
 *       checked. Each URL's content is reported once: a chain ending at a URL already queued
 *       reports it with {@link org.brandpulse.seoaudit.crawl.FetchedPage#finalSeenBefore()}.
 *   <li>Bounds: {@code maxPages}, {@code maxDepth}, {@code maxPageBytes} (also after gzip/deflate
 *       decoding), per-request timeouts covering the whole body, {@code timeBudget}; crawl-trap
 *       guards in {@code CrawlOptions}; session ids stripped.
 *   <li>Memory stays flat: the seen-set holds 64-bit URL hashes, the frontier spills to disk, and
 *       no body is kept after the listener returns.
 * </ul>
 */
package org.brandpulse.seoaudit.crawl;
