/**
 * Reddit: link search across Reddit or within one subreddit.
 *
 * <p>{@link org.brandpulse.ingest.source.reddit.RedditSource} is built from a name, {@link
 * org.brandpulse.ingest.source.reddit.RedditOptions} (start from {@code DEFAULTS}, set the {@code
 * query} and optionally a {@code subreddit}), the shared {@code HttpFetcher} and a clock. It reads
 * {@code search.json} sorted by {@code new}, pages by the listing's {@code after} fullname and keys
 * posts {@code reddit:t3_<id>}; the text is the title plus the self text. Paging and recovery
 * follow {@link org.brandpulse.ingest.source.timeline}.
 */
package org.brandpulse.ingest.source.reddit;
