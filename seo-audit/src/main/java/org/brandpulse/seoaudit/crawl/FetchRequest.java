package org.brandpulse.seoaudit.crawl;

import java.time.Duration;
import java.util.Objects;

/**
 * One request for a {@link Fetcher}.
 *
 * @param url the absolute URL
 * @param method {@code GET} or {@code HEAD}
 * @param userAgent the User-Agent header
 * @param connectTimeout connect timeout
 * @param timeout time allowed for the whole exchange, body included
 * @param maxBytes the body is cut after this many decoded bytes
 */
public record FetchRequest(
    String url,
    String method,
    String userAgent,
    Duration connectTimeout,
    Duration timeout,
    long maxBytes) {

  /** Validates. */
  public FetchRequest {
    Objects.requireNonNull(url, "url");
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new IllegalArgumentException("method must be GET or HEAD, got " + method);
    }
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(timeout, "timeout");
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be >= 0, got " + maxBytes);
    }
  }
}
