/**
 * The one HTTP client every source uses.
 *
 * <p>{@link org.brandpulse.ingest.http.HttpFetcher} sends a {@link
 * org.brandpulse.ingest.http.FetchRequest} (GET, or POST with a JSON body, plus headers and an
 * optional bearer token) and returns a {@link org.brandpulse.ingest.http.FetchResponse}: status,
 * headers and the body bytes. What it does so that sources need not:
 *
 * <ul>
 *   <li>caps time (connect and whole-request timeouts) and size (the body is read as a stream and
 *       the read aborts once it passes {@link
 *       org.brandpulse.ingest.http.HttpOptions#maxBodyBytes()}, also after gzip decoding);
 *   <li>retries: a 429 (or 503) waits for its {@code Retry-After} (seconds or an HTTP date) when
 *       that is within {@link org.brandpulse.ingest.http.HttpOptions#maxRetryAfter()}, 5xx answers
 *       and I/O failures back off exponentially with jitter, up to {@link
 *       org.brandpulse.ingest.http.HttpOptions#maxAttempts()} attempts; other 4xx answers fail at
 *       once;
 *   <li>fails with a {@link org.brandpulse.ingest.source.SourceException} whose message names the
 *       method, the URL with secrets masked, the status and a clipped body. {@link
 *       org.brandpulse.ingest.source.SourceException#isRetryable()} is false only when the server
 *       rejected the request for good (4xx other than 429, a body over the cap); {@link
 *       org.brandpulse.ingest.http.HttpStatusException} carries the status when there was one.
 * </ul>
 *
 * <p>Waiting goes through a {@link org.brandpulse.ingest.http.Sleeper} and dates through a {@link
 * java.time.Clock}, both injectable, so tests neither wait nor depend on the wall clock. Tokens and
 * header values are never logged; URLs are logged and reported with secret query parameters masked.
 */
package org.brandpulse.ingest.http;
