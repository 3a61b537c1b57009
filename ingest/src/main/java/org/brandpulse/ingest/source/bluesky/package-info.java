/**
 * Bluesky: post search on an AppView ({@code app.bsky.feed.searchPosts}).
 *
 * <p>{@link org.brandpulse.ingest.source.bluesky.BlueskySource} is built from a name, {@link
 * org.brandpulse.ingest.source.bluesky.BlueskyOptions} (start from {@code DEFAULTS}, the public
 * AppView; set the {@code query} and, where the provider asks for one, an {@code accessToken}), the
 * shared {@code HttpFetcher} and a clock. It searches with {@code sort=latest}, pages by the opaque
 * {@code cursor}, keys posts {@code bluesky:<at:// uri>} and links them to {@code
 * bsky.app/profile/<handle>/post/<rkey>}. Replies carry their parent and thread root. Paging and
 * recovery follow {@link org.brandpulse.ingest.source.timeline}.
 */
package org.brandpulse.ingest.source.bluesky;
