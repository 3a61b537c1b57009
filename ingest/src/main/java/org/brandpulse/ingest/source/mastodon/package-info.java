/**
 * Mastodon: statuses from one server's hashtag timeline or status search.
 *
 * <p>{@link org.brandpulse.ingest.source.mastodon.MastodonSource} is built from a name, {@link
 * org.brandpulse.ingest.source.mastodon.MastodonOptions} (start from {@code DEFAULTS}, set the
 * {@code instance} and a {@code hashtag}, or a {@code query} plus the {@code accessToken} that
 * search needs), the shared {@code HttpFetcher} and a clock. Posts are keyed {@code
 * mastodon@<host>:<status id>}; a boost maps to the status it boosts; the HTML content becomes
 * plain text after the content warning. Paging and recovery follow {@link
 * org.brandpulse.ingest.source.timeline}: older pages by {@code max_id} (from the {@code Link}
 * header), later runs by {@code since_id}.
 */
package org.brandpulse.ingest.source.mastodon;
