package org.brandpulse.seoaudit.crawl;

import java.time.Duration;

/**
 * A progress snapshot.
 *
 * @param pagesCrawled site pages fetched so far (including robots-blocked ones reported)
 * @param linksChecked external links and resources checked so far
 * @param queued URLs waiting in the frontier
 * @param errors fetches without a response (timeouts, refused connections, ...)
 * @param pagesPerSecond site pages per second since the start
 * @param elapsed time since the start
 */
public record CrawlProgress(
    long pagesCrawled,
    long linksChecked,
    long queued,
    long errors,
    double pagesPerSecond,
    Duration elapsed) {

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%d pages, %d links checked, %d queued, %d errors, %.1f pages/s",
        pagesCrawled,
        linksChecked,
        queued,
        errors,
        pagesPerSecond);
  }
}
