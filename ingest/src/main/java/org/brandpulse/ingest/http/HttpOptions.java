package org.brandpulse.ingest.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link HttpFetcher} talks to servers. Start from {@link #DEFAULTS} and change what you
 * need with the {@code with...} methods.
 *
 * @param userAgent the {@code User-Agent} header sent with every request
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one attempt may take in total, body included
 * @param maxBodyBytes the largest body accepted (after gzip decoding); a longer one fails the
 *     request without retry
 * @param maxAttempts attempts in total, first one included (1 = no retry)
 * @param initialBackoff the wait before the second attempt after a 5xx or I/O failure; doubles per
 *     attempt
 * @param maxBackoff the longest backoff wait
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a 429 asking for more fails at
 *     once (retryable), so the job tries again on its next run instead of blocking
 * @param gzip whether to ask for and decode gzip bodies
 */
public record HttpOptions(
    String userAgent,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBodyBytes,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    boolean gzip) {

  /**
   * 10 s connect, 30 s per request, 10 MiB bodies, 4 attempts, 1 s..30 s backoff, 120 s 429 wait.
   */
  public static final HttpOptions DEFAULTS =
      new HttpOptions(
          "Brandpulse/0.1 (+https://github.com/brandpulse/brandpulse)",
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          10L * 1024 * 1024,
          4,
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          Duration.ofSeconds(120),
          true);

  public HttpOptions {
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    requirePositive(initialBackoff, "initialBackoff");
    requirePositive(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("maxRetryAfter must be >= 0, was " + maxRetryAfter);
    }
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be > 0, was " + maxBodyBytes);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
    }
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0, was " + d);
    }
  }

  public HttpOptions withUserAgent(String value) {
    return new HttpOptions(
        value,
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        maxRetryAfter,
        gzip);
  }

  public HttpOptions withConnectTimeout(Duration value) {
    return new HttpOptions(
        userAgent,
        value,
        requestTimeout,
        maxBodyBytes,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        maxRetryAfter,
        gzip);
  }

  public HttpOptions withRequestTimeout(Duration value) {
    return new HttpOptions(
        userAgent,
        connectTimeout,
        value,
        maxBodyBytes,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        maxRetryAfter,
        gzip);
  }

  public HttpOptions withMaxBodyBytes(long value) {
    return new HttpOptions(
        userAgent,
        connectTimeout,
        requestTimeout,
        value,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        maxRetryAfter,
        gzip);
  }

  public HttpOptions withMaxAttempts(int value) {
    return new HttpOptions(
        userAgent,
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        value,
        initialBackoff,
        maxBackoff,
        maxRetryAfter,
        gzip);
  }

  /** Sets the first backoff wait and the longest one. */
  public HttpOptions withBackoff(Duration initial, Duration max) {
    return new HttpOptions(
        userAgent,
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        maxAttempts,
        initial,
        max,
        maxRetryAfter,
        gzip);
  }

  public HttpOptions withMaxRetryAfter(Duration value) {
    return new HttpOptions(
        userAgent,
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        value,
        gzip);
  }

  public HttpOptions withGzip(boolean value) {
    return new HttpOptions(
        userAgent,
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        maxRetryAfter,
        value);
  }
}
