/**
 * The engine the HTTP search sources share: newest-first timelines read against a high-water mark.
 *
 * <p>Mastodon, Reddit, Hacker News (Algolia) and Bluesky all answer a query newest first, one page
 * at a time, with a paging token for the next (older) page. {@link
 * org.brandpulse.ingest.source.timeline.TimelineSource} turns that into the incremental {@link
 * org.brandpulse.ingest.source.PostSource} contract:
 *
 * <ol>
 *   <li>A run starts at the newest page and reads older pages until it meets an item at or below
 *       the <em>high-water mark</em> (the newest item an earlier run delivered), an item older than
 *       its <em>window start</em>, runs out of pages, or reaches {@code maxPages}.
 *   <li>The window start is the configured {@code since}; without one the first run reads back
 *       {@code maxAge} (a week by default) and later runs have none. Items older than it are left
 *       out and counted ({@link org.brandpulse.ingest.source.SourcePage#outsideWindow()}), not
 *       skipped: nothing is wrong with them.
 *   <li>The cursor remembers how far back the history up to the mark is read (its <em>floor</em>,
 *       the window start of the run that last reached it). A {@code since} older than the floor
 *       makes the next run a <em>backfill</em>: it reads past the mark down to {@code since},
 *       refreshing what it had, and lowers the floor; after that runs stop at the mark again.
 *   <li>While a run pages back, the {@link org.brandpulse.ingest.source.timeline.TimelineCursor}
 *       carries the old mark, the newest item seen in the run, its window start and the API's
 *       paging token; the last page of the run raises the mark. A crash mid-run therefore resumes
 *       the same run.
 *   <li>An expired or rejected paging token restarts the run from the mark with a warning in the
 *       page's skipped list; malformed JSON skips the page and leaves the cursor as it was; a run
 *       stopped by {@code maxPages} before its mark or window start says so in the skipped list.
 * </ol>
 *
 * <p>Each source supplies one method, {@code read}, that fetches and maps one API page into a
 * {@link org.brandpulse.ingest.source.timeline.TimelineBatch}: posts with their sort keys (a
 * fixed-width string that orders items like the API does), per-item skips and the next token. A
 * post whose date is known but which cannot be stored (no text) travels as an item with its skip
 * reason, so it is reported only when it falls inside the window. {@link
 * org.brandpulse.ingest.source.timeline.TimelineJson} parses pages with positions in its errors and
 * {@link org.brandpulse.ingest.source.timeline.HtmlText} turns post HTML into text.
 */
package org.brandpulse.ingest.source.timeline;
