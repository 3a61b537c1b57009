package org.brandpulse.ingest.source.timeline;

import java.time.Instant;

/**
 * What a source should fetch for one page.
 *
 * @param token the API's paging token for an older page, or null for the newest page
 * @param mark the high-water mark key (newest item already delivered), or null on the first run and
 *     in a backfill run (which reads past it); sources may pass it to the API (Mastodon {@code
 *     since_id}) so fewer pages come back
 * @param top the newest key seen so far in this run, or null on its first page; sources whose
 *     paging is positional pin their window to it so later pages stay stable
 * @param notBefore the run's window start, the oldest creation time wanted (the configured {@code
 *     since}, or {@code maxAge} back on the first run), or null for none; sources may pass it to
 *     the API (Bluesky {@code since}), and the engine drops older items either way
 */
public record TimelineRequest(String token, String mark, String top, Instant notBefore) {}
