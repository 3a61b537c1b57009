/**
 * Post sources: where posts come from.
 *
 * <p>Every source implements {@link org.brandpulse.ingest.source.PostSource}: given the opaque
 * cursor it returned last time (or null the first time), it returns the next {@link
 * org.brandpulse.ingest.source.SourcePage} of posts, the records it had to skip and the cursor to
 * continue from. The cursor is all the state a source keeps: the job stores it in the job
 * repository after each committed chunk, so a restarted or a later run continues where the last one
 * stopped and never fetches a post twice except to refresh it.
 *
 * <p>Sources: {@code file} (JSONL and CSV exports with a field mapping), {@code feed} (RSS and
 * Atom), {@code mastodon}, {@code reddit}, {@code hackernews} (Algolia search), {@code bluesky}
 * ({@code app.bsky.feed.searchPosts}). HTTP sources share one fetcher that honours 429 Retry-After,
 * retries 5xx with backoff and caps sizes and times.
 */
package org.brandpulse.ingest.source;
