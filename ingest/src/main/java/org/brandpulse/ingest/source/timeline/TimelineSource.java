package org.brandpulse.ingest.source.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.http.FetchRequest;
import org.brandpulse.ingest.http.FetchResponse;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpStatusException;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.source.SourcePage;

/**
 * A {@link PostSource} over a newest-first API, read incrementally against a high-water mark (see
 * the package documentation for the run, the mark and the recovery rules). Subclasses implement
 * {@link #read} for one API page.
 */
public abstract class TimelineSource implements PostSource {

  private final String name;
  private final int maxPages;
  private final Duration maxAge;
  private final Clock clock;

  /**
   * @param name the configured source name
   * @param maxPages the most pages one run reads (the first run, and a run after a long pause)
   * @param maxAge on the first run, how far back to read; null for no limit
   * @param clock whose instant becomes {@link Post#fetchedAt()}
   */
  protected TimelineSource(String name, int maxPages, Duration maxAge, Clock clock) {
    this.name = Objects.requireNonNull(name, "name");
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be >= 1, was " + maxPages);
    }
    if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
      throw new IllegalArgumentException("maxAge must be positive, was " + maxAge);
    }
    this.maxPages = maxPages;
    this.maxAge = maxAge;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public final String name() {
    return name;
  }

  /**
   * Fetches and maps one API page.
   *
   * @param request the token, mark and window to fetch
   * @param fetchedAt the instant to stamp on every post
   * @throws ExpiredTokenException when the API rejected {@code request.token()}
   * @throws MalformedPageException when the page is not the expected JSON
   * @throws SourceException when the page could not be fetched at all
   */
  protected abstract TimelineBatch read(TimelineRequest request, Instant fetchedAt)
      throws SourceException, ExpiredTokenException, MalformedPageException;

  /**
   * Sends {@code request}; a 400 or 410 answer to a request that carried a paging token means the
   * token expired or was rejected.
   *
   * @throws ExpiredTokenException for 400/410 when {@code token} is not null
   * @throws SourceException for everything else the fetcher could not turn into a 2xx
   */
  protected static FetchResponse getPage(HttpFetcher fetcher, FetchRequest request, String token)
      throws SourceException, ExpiredTokenException {
    try {
      return fetcher.fetch(request);
    } catch (HttpStatusException e) {
      if (token != null && (e.status() == 400 || e.status() == 410)) {
        throw new ExpiredTokenException(
            e.maskedUrl(), "HTTP " + e.status() + ": " + SkippedRecord.clip(e.clippedBody()));
      }
      throw e;
    }
  }

  @Override
  public final SourcePage fetch(String cursorText) throws SourceException {
    TimelineCursor cursor = TimelineCursor.decode(name, cursorText);
    Instant now = clock.instant();
    List<SkippedRecord> skipped = new ArrayList<>();
    TimelineBatch batch;
    try {
      batch = readOrRestart(cursor, now, skipped);
    } catch (MalformedPageException e) {
      // Unchanged cursor, so the next run retries this page (a restarted run retries from the
      // mark).
      boolean restarted = !skipped.isEmpty();
      skipped.add(e.toSkipped(name));
      String same = restarted ? cursor.restart().encode() : cursor.encode();
      return new SourcePage(List.of(), skipped, same, true);
    }
    // readOrRestart records a warning only when it restarted the run.
    return page(skipped.isEmpty() ? cursor : cursor.restart(), batch, now, skipped);
  }

  private TimelineBatch readOrRestart(
      TimelineCursor cursor, Instant now, List<SkippedRecord> skipped)
      throws SourceException, MalformedPageException {
    try {
      return read(request(cursor, now), now);
    } catch (ExpiredTokenException e) {
      if (!cursor.inRun()) {
        throw new SourceException(
            name + ": " + e.url() + " rejected a request without a paging token: " + e.getMessage(),
            false,
            e);
      }
      skipped.add(
          new SkippedRecord(
              name,
              e.url(),
              "paging token expired or invalid ("
                  + e.getMessage()
                  + "); restarted from the high-water mark "
                  + (cursor.mark() == null ? "(none yet)" : cursor.mark()),
              cursor.token()));
      try {
        return read(request(cursor.restart(), now), now);
      } catch (ExpiredTokenException again) {
        throw new SourceException(
            name + ": " + again.url() + " rejected the newest page: " + again.getMessage(),
            false,
            again);
      }
    }
  }

  private TimelineRequest request(TimelineCursor cursor, Instant now) {
    Instant notBefore = cursor.mark() == null && maxAge != null ? now.minus(maxAge) : null;
    return new TimelineRequest(cursor.token(), cursor.mark(), cursor.top(), notBefore);
  }

  private SourcePage page(
      TimelineCursor cursor, TimelineBatch batch, Instant now, List<SkippedRecord> skipped) {
    String mark = cursor.mark();
    Instant notBefore = request(cursor, now).notBefore();
    String top = cursor.top();
    boolean boundary = false;
    List<Post> posts = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (TimelineItem item : batch.items()) {
      top = max(top, item.key());
      if (mark != null && item.key().compareTo(mark) <= 0) {
        boundary = true;
      } else if (notBefore != null && item.post().createdAt().isBefore(notBefore)) {
        boundary = true;
      } else if (ids.add(item.post().id())) {
        posts.add(item.post());
      }
    }
    skipped.addAll(batch.skipped());
    int pages = cursor.pages() + 1;
    boolean capped = !boundary && batch.nextToken() != null && pages >= maxPages;
    if (capped && mark != null) {
      skipped.add(
          new SkippedRecord(
              name,
              "page " + pages,
              "stopped after maxPages="
                  + maxPages
                  + " pages before reaching the high-water mark "
                  + mark
                  + "; older posts of this gap are not fetched",
              batch.nextToken()));
    }
    if (boundary || capped || batch.nextToken() == null) {
      String newMark = max(mark, top);
      return new SourcePage(
          posts, skipped, new TimelineCursor(newMark, null, null, 0).encode(), true);
    }
    TimelineCursor next = new TimelineCursor(mark, top, batch.nextToken(), pages);
    return new SourcePage(posts, skipped, next.encode(), false);
  }

  private static String max(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
