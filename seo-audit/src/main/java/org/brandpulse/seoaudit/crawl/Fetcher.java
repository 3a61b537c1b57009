package org.brandpulse.seoaudit.crawl;

import java.io.IOException;

/**
 * Sends one HTTP request and returns one response, never following redirects (the crawler does, so
 * it can report each hop). {@link JdkHttpFetcher} is the real one; tests may script their own.
 *
 * <p>Implementations must be thread-safe, decode {@code Content-Encoding} (gzip, deflate) with the
 * body cap applied to the decoded bytes, and honour the request's timeout for the whole exchange.
 */
public interface Fetcher extends AutoCloseable {

  /**
   * Fetches {@code request}.
   *
   * @throws java.net.http.HttpTimeoutException when the request's timeout passes
   * @throws IOException when no response arrives (refused, reset, malformed, ...)
   * @throws InterruptedException when the calling thread is interrupted
   */
  RawResponse fetch(FetchRequest request) throws IOException, InterruptedException;

  /** Releases connections and threads. */
  @Override
  void close();
}
