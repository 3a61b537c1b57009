package org.brandpulse.seoaudit.audit;

import java.util.Objects;

/**
 * One crawled site URL in the audit's page table.
 *
 * @param url the URL requested
 * @param finalUrl the URL after redirects (equals {@code url} without redirects)
 * @param status the final HTTP status, -1 without response, 0 when robots.txt disallowed it
 * @param depth click depth from the start URL, -1 when only reachable via sitemaps
 * @param title the first title, or null
 * @param words body words outside links and scripts (0 when not HTML)
 * @param contentType the media type ("" when none)
 * @param bytes the body size
 * @param fetchMillis fetch time of all hops
 * @param indexable a 200 HTML page without noindex whose canonical is empty or itself
 * @param findings the number of findings reported on {@code url} or {@code finalUrl}
 */
public record PageSummary(
    String url,
    String finalUrl,
    int status,
    int depth,
    String title,
    int words,
    String contentType,
    long bytes,
    long fetchMillis,
    boolean indexable,
    int findings) {

  public PageSummary {
    Objects.requireNonNull(url, "url");
    finalUrl = finalUrl == null ? url : finalUrl;
    contentType = contentType == null ? "" : contentType;
    if (words < 0 || bytes < 0 || findings < 0) {
      throw new IllegalArgumentException("negative count in page summary of " + url);
    }
  }

  /** This summary with the number of findings set. */
  public PageSummary withFindings(int n) {
    return new PageSummary(
        url, finalUrl, status, depth, title, words, contentType, bytes, fetchMillis, indexable, n);
  }
}
