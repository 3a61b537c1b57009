/**
 * The crawl benchmark: {@link org.brandpulse.app.bench.crawl.CrawlBenchmark} serves a folder or a
 * {@link org.brandpulse.app.bench.crawl.SyntheticSite} from a local {@link
 * org.brandpulse.app.bench.crawl.BenchServer}, crawls it, and runs Debian's {@code linkchecker} on
 * the same site for comparison.
 */
package org.brandpulse.app.bench.crawl;
