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
 *       the <em>high-water mark</em> (the newest item an earlier run delivered), runs out of pages,
 *       or reaches {@code maxPages}; the first run also stops at {@code maxAge}.
 *   <li>While a run pages back, the {@link org.brandpulse.ingest.source.timeline.TimelineCursor}
 *       carries the old mark, the newest item seen in the run and the API's paging token; the last
 *       page of the run raises the mark. A crash mid-run therefore resumes the same run.
 *   <li>An expired or rejected paging token restarts the run from the mark with a warning in the
 *       page's skipped list; malformed JSON skips the page and leaves the cursor as it was.
 * </ol>
 *
 * <p>Each source supplies one method, {@code read}, that fetches and maps one API page into a
 * {@link org.brandpulse.ingest.source.timeline.TimelineBatch}: posts with their sort keys (a
 * fixed-width string that orders items like the API does), per-item skips and the next token.
 * {@link org.brandpulse.ingest.source.timeline.TimelineJson} parses pages with positions in its
 * errors and {@link org.brandpulse.ingest.source.timeline.HtmlText} turns post HTML into text.
 */
package org.brandpulse.ingest.source.timeline;
