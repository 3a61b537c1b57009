/**
 * Posts from RSS (0.9x, 1.0, 2.0) and Atom feeds: {@link
 * org.brandpulse.ingest.source.feed.FeedSource}, configured by {@link
 * org.brandpulse.ingest.source.feed.FeedSourceOptions}.
 *
 * <p><b>Posts.</b> The text is the title, a blank line and the summary (or else the content) as
 * plain text: HTML (Atom {@code type="html"}/{@code xhtml}; RSS text holding a tag or an entity)
 * becomes text with paragraphs kept and entities decoded, Atom plain text stays as typed. The
 * native id is the guid (RSS) or id (Atom), else the link; the author is {@code dc:creator} or the
 * author's name; the date is the published date, else the updated date. The feed's {@code language}
 * becomes the post language only when the item's text agrees or is too short to tell (script and
 * function words, no model): a Korean post in a channel saying {@code en-us} gets none, and the
 * analysis identifies it.
 *
 * <p><b>Links.</b> A relative item link is resolved against the item's {@code xml:base}, else the
 * channel link, itself resolved against the feed URL when the feed was fetched over HTTP. A link
 * that cannot become an absolute {@code http(s)} URL (a relative link in a {@code file:} feed whose
 * channel link is relative too, {@code javascript:}, unparsable) is stored as null, and a warning
 * names the feed, the count and an example.
 *
 * <p><b>Pages and the cursor.</b> Each page reads one feed, in the configured order; the page
 * reading the last feed says {@code last} and its cursor starts over at the first feed. Per feed
 * the cursor keeps the newest item date, the ids seen within {@link
 * org.brandpulse.ingest.source.feed.FeedSourceOptions#seenWindow()} of it, and the {@code ETag} and
 * {@code Last-Modified} validators, sent back as a conditional GET. A re-read returns only items
 * not seen before; items older than the window are taken as read. Posts in a page are ordered by
 * date, then id.
 *
 * <p><b>Parsing.</b> DOCTYPEs are accepted (RSS 0.91 carries Netscape's) but nothing external is
 * read: the JDK's parser with secure processing (entity expansion limits), no external DTD or
 * entities, and an entity resolver that answers empty, so an external entity (XXE) is never fetched
 * nor expanded. Whitespace or a BOM before {@code <?xml} is skipped, and HTML named entities that
 * only a DTD would declare ({@code &eacute;}) are decoded (Rome's XML healer). RSS 0.91 items carry
 * no date, so each is skipped with that reason.
 *
 * <p><b>Failures.</b> A feed that cannot be fetched (after the fetcher's retries) or parsed becomes
 * a {@link org.brandpulse.ingest.source.SkippedRecord} located at its URL, and its state stays as
 * it was, so the next run tries again; the other feeds are unaffected. An item with no date is
 * skipped with the reason and remembered by id, so it is reported once; an item with no id and no
 * link cannot be remembered and is reported on every read.
 */
package org.brandpulse.ingest.source.feed;
