/**
 * Hacker News: stories and comments through the Algolia HN search API.
 *
 * <p>{@link org.brandpulse.ingest.source.hackernews.HackerNewsSource} is built from a name, {@link
 * org.brandpulse.ingest.source.hackernews.HackerNewsOptions} (start from {@code DEFAULTS}, set the
 * {@code query}), the shared {@code HttpFetcher} and a clock. It reads {@code search_by_date}
 * newest first, bounds runs with {@code numericFilters} on {@code created_at_i} and keys posts
 * {@code hackernews:<item id>} linking to {@code news.ycombinator.com/item?id=}. Comments reply to
 * their parent within their story's thread. Paging and recovery follow {@link
 * org.brandpulse.ingest.source.timeline}.
 */
package org.brandpulse.ingest.source.hackernews;
