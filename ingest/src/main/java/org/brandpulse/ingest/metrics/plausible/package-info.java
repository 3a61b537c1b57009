/**
 * Daily site metrics from the Plausible Stats API v2.
 *
 * <p>Build a {@link org.brandpulse.ingest.metrics.plausible.PlausibleSource} from {@link
 * org.brandpulse.ingest.metrics.plausible.PlausibleOptions#of(String, String)} (site id and the key
 * value the caller read from the environment; {@code withBaseUrl} for a self-hosted server), the
 * shared {@link org.brandpulse.ingest.http.HttpFetcher} and a {@link
 * org.brandpulse.ingest.metrics.plausible.RateLimiter} shared by every source with the same key
 * ({@code RateLimiter.plausible()}: 600 requests per hour). Each fetch asks for the whole range, so
 * re-importing a period replaces it with Plausible's current numbers.
 *
 * <p>A fetch sends six queries (five without goals), each paged by {@code pagination}; the source's
 * Javadoc has the dimension and metric tables. The key travels as {@code Authorization: Bearer} and
 * never appears in logs or messages.
 *
 * <p>Errors: 401 (bad key, no access to the site) and 400 (a rejected query) fail with Plausible's
 * {@code error} message, not retryable; 429 waits for {@code Retry-After} in the fetcher and 5xx
 * are retried with backoff; malformed JSON fails the fetch; single bad rows are skipped records.
 */
package org.brandpulse.ingest.metrics.plausible;
