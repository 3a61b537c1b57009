/**
 * Daily site metrics from the Matomo Reporting API.
 *
 * <p>Build a {@link org.brandpulse.ingest.metrics.matomo.MatomoSource} from {@link
 * org.brandpulse.ingest.metrics.matomo.MatomoOptions#of(java.net.URI, int, String)} (base URL, site
 * id, token value read by the caller from the environment) and the shared {@link
 * org.brandpulse.ingest.http.HttpFetcher}. Each fetch asks Matomo for the range by day, so
 * re-importing a period returns the whole period again as Matomo now sees it (its archives are
 * re-processed for days after the fact) and the store replaces it.
 *
 * <p>The token travels as the POST form field {@code token_auth} (Matomo's recommendation, and the
 * only way tokens created as "secure only" work), never in the URL. The source's Javadoc has the
 * field-to-metric table; {@code ReferrerChannels} the referrer-type-to-channel table.
 *
 * <p>Errors: transport failures and HTTP errors come from the fetcher (5xx and 429 retried);
 * Matomo's own {@code {"result":"error"}} answers (bad token, no view access, unknown method) and
 * malformed JSON fail the fetch without retry; single bad rows become skipped records.
 */
package org.brandpulse.ingest.metrics.matomo;
