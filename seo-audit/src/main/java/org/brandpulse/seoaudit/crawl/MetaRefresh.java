package org.brandpulse.seoaudit.crawl;

/**
 * A {@code <meta http-equiv="refresh">} tag or {@code Refresh} header.
 *
 * @param delaySeconds the delay before the refresh (0 for an immediate redirect)
 * @param url the normalised target, or null when it only reloads the page
 * @param fromHeader true for the HTTP {@code Refresh} header, false for the meta tag
 */
public record MetaRefresh(int delaySeconds, String url, boolean fromHeader) {

  /** Validates. */
  public MetaRefresh {
    if (delaySeconds < 0) {
      throw new IllegalArgumentException("refresh delay must be >= 0, got " + delaySeconds);
    }
  }
}
