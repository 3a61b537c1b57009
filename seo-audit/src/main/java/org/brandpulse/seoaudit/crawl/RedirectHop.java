package org.brandpulse.seoaudit.crawl;

import java.util.Objects;

/**
 * One redirect response in a chain.
 *
 * @param url the URL requested
 * @param status its 3xx status
 * @param location the {@code Location} header as sent (may be relative or empty)
 * @param target {@code location} resolved against {@code url} and normalised; null when it is no
 *     valid http(s) URL
 */
public record RedirectHop(String url, int status, String location, String target) {

  /** Validates. */
  public RedirectHop {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(location, "location");
    if (status < 300 || status > 399) {
      throw new IllegalArgumentException(
          "redirect status must be 3xx, got " + status + " for " + url);
    }
  }
}
