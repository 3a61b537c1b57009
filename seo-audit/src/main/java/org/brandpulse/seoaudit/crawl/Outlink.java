package org.brandpulse.seoaudit.crawl;

import java.util.Objects;

/**
 * A link the crawler found on a page, resolved and normalised.
 *
 * @param url the normalised absolute target
 * @param source where it came from: {@code a}, {@code area}, {@code link}, {@code iframe}, {@code
 *     img}, {@code meta-refresh} or {@code header-refresh}
 * @param nofollow whether the link itself carries {@code rel=nofollow} (the page-level nofollow is
 *     {@link FetchedPage#nofollowPage()})
 * @param internal whether the target is on the site (start hosts and aliases)
 */
public record Outlink(String url, String source, boolean nofollow, boolean internal) {

  /** Validates. */
  public Outlink {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
  }
}
