/**
 * Post sources: where posts come from.
 *
 * <p>Every source implements {@link org.brandpulse.ingest.source.PostSource}: given the opaque
 * cursor it returned last time (or null the first time), it returns the next {@link
 * org.brandpulse.ingest.source.SourcePage} of posts, the records it had to skip and the cursor to
 * continue from. The cursor is all the state a source keeps: the job stores it in the transaction
 * of each committed chunk, so a restarted or a later run continues where the last one stopped and
 * never fetches a post twice except to refresh it (or to backfill).
 *
 * <p>The API sources read newest first back to a window start (their configured {@code since}, or a
 * week back on a first run) and say on each page how many items they left out as older ({@link
 * org.brandpulse.ingest.source.SourcePage#outsideWindow()}); files and feeds have no window. A
 * declared language that the text's script contradicts is dropped ({@link
 * org.brandpulse.ingest.source.DeclaredLanguage}).
 *
 * <p>Sources: {@code file} (JSONL and CSV exports with a field mapping), {@code feed} (RSS and
 * Atom), {@code mastodon}, {@code reddit}, {@code hackernews} (Algolia search), {@code bluesky}
 * ({@code app.bsky.feed.searchPosts}). HTTP sources share one fetcher that honours 429 Retry-After,
 * retries 5xx with backoff and caps sizes and times.
 */
package org.brandpulse.ingest.source;
