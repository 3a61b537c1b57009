package org.brandpulse.seoaudit.crawl;

import org.brandpulse.seoaudit.robots.RobotsInfo;
import org.brandpulse.seoaudit.sitemap.SitemapInfo;

/**
 * Receives what the crawler finds, as it finds it.
 *
 * <p>Threading: {@link #onPage}, {@link #onRobots} and {@link #onSitemap} are called from the
 * crawler's worker threads, up to {@link CrawlOptions#concurrency()} at once, so implementations
 * must be thread-safe (or wrap themselves with {@link #synchronizedListener}). {@link #onProgress}
 * is called from one progress thread about once a second, and once more at the end. Every call
 * happens before {@link Crawler#crawl} returns. A listener that throws a RuntimeException stops the
 * crawl, which then rethrows it.
 */
public interface CrawlListener {

  /** A URL was fetched (or deliberately not fetched, see {@link FetchedPage#status()}). */
  void onPage(FetchedPage page);

  /** Progress, about once a second. */
  default void onProgress(CrawlProgress progress) {}

  /** A host's robots.txt was read (once per origin, before any page of it is fetched). */
  default void onRobots(String origin, RobotsInfo robots) {}

  /** A sitemap or sitemap index was read. */
  default void onSitemap(SitemapInfo sitemap) {}

  /** A listener that ignores everything. */
  static CrawlListener ignoring() {
    return page -> {};
  }

  /** Wraps {@code delegate} so that at most one of its methods runs at a time. */
  static CrawlListener synchronizedListener(CrawlListener delegate) {
    return new CrawlListener() {
      @Override
      public synchronized void onPage(FetchedPage page) {
        delegate.onPage(page);
      }

      @Override
      public synchronized void onProgress(CrawlProgress progress) {
        delegate.onProgress(progress);
      }

      @Override
      public synchronized void onRobots(String origin, RobotsInfo robots) {
        delegate.onRobots(origin, robots);
      }

      @Override
      public synchronized void onSitemap(SitemapInfo sitemap) {
        delegate.onSitemap(sitemap);
      }
    };
  }
}
