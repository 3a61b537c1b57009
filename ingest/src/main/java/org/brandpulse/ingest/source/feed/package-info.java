/**
 * Posts from RSS (0.9x, 1.0, 2.0) and Atom feeds: {@link
 * org.brandpulse.ingest.source.feed.FeedSource}, configured by {@link
 * org.brandpulse.ingest.source.feed.FeedSourceOptions}.
 *
 * <p><b>Posts.</b> The text is the title, a blank line and the summary (or else the content), HTML
 * stripped with jsoup; the native id is the guid (RSS) or id (Atom), else the link; the author is
 * {@code dc:creator} or the author's name; the date is the published date, else the updated date.
 * The feed's {@code language} becomes the post language.
 *
 * <p><b>Pages and the cursor.</b> Each page reads one feed, in the configured order; the page
 * reading the last feed says {@code last} and its cursor starts over at the first feed. Per feed
 * the cursor keeps the newest item date, the ids seen within {@link
 * org.brandpulse.ingest.source.feed.FeedSourceOptions#seenWindow()} of it, and the {@code ETag} and
 * {@code Last-Modified} validators, sent back as a conditional GET. A re-read returns only items
 * not seen before; items older than the window are taken as read. Posts in a page are ordered by
 * date, then id.
 *
 * <p><b>Failures.</b> Documents are parsed with DOCTYPEs refused, so external entities (XXE) are
 * never resolved. A feed that cannot be fetched (after the fetcher's retries) or parsed becomes a
 * {@link org.brandpulse.ingest.source.SkippedRecord} located at its URL, and its state stays as it
 * was, so the next run tries again; the other feeds are unaffected. An item with no date is skipped
 * with the reason and remembered by id, so it is reported once; an item with no id and no link
 * cannot be remembered and is reported on every read.
 */
package org.brandpulse.ingest.source.feed;
