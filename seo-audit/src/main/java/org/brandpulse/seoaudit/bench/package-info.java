/**
 * The crawl benchmark: {@link org.brandpulse.seoaudit.bench.CrawlBenchmark} serves a folder or a
 * {@link org.brandpulse.seoaudit.bench.SyntheticSite} from a local {@link
 * org.brandpulse.seoaudit.bench.BenchServer}, crawls it, and runs Debian's {@code linkchecker} on
 * the same site for comparison.
 */
package org.brandpulse.seoaudit.bench;
