package org.brandpulse.ingest.metrics.accesslog;

import java.time.Instant;
import java.util.Objects;

/**
 * One parsed access-log request.
 *
 * @param ip client address as logged ({@code %h} / {@code $remote_addr})
 * @param time request time
 * @param method HTTP method, e.g. {@code GET}
 * @param path request path without the query string, never empty
 * @param query query string without the leading {@code ?}, empty when absent
 * @param status HTTP status code
 * @param bytes response body bytes, 0 when logged as {@code -}
 * @param referrer referrer URL, empty when logged as {@code -}
 * @param userAgent user agent, empty when logged as {@code -}
 */
public record AccessRecord(
    String ip,
    Instant time,
    String method,
    String path,
    String query,
    int status,
    long bytes,
    String referrer,
    String userAgent) {

  /** Validates the fields. */
  public AccessRecord {
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(referrer, "referrer");
    Objects.requireNonNull(userAgent, "userAgent");
    if (path.isEmpty()) {
      throw new IllegalArgumentException("path must not be empty");
    }
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status out of range: " + status);
    }
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be >= 0: " + bytes);
    }
  }

  /** Returns true for 2xx and 304 responses, the ones that count as a successful view. */
  public boolean successful() {
    return (status >= 200 && status < 300) || status == 304;
  }
}
