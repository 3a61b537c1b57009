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
  private final Instant since;
  private final Clock clock;

  /**
   * A source without a configured start: the first run reads back {@code maxAge}.
   *
   * @param name the configured source name
   * @param maxPages the most pages one run reads (the first run, and a run after a long pause)
   * @param maxAge on the first run, how far back to read; null for no limit
   * @param clock whose instant becomes {@link Post#fetchedAt()}
   */
  protected TimelineSource(String name, int maxPages, Duration maxAge, Clock clock) {
    this(name, maxPages, maxAge, null, clock);
  }

  /**
   * @param name the configured source name
   * @param maxPages the most pages one run reads (the first run, and a run after a long pause)
   * @param maxAge on the first run, how far back to read when {@code since} is null; null for no
   *     limit
   * @param since the oldest creation time wanted, or null: every run reads no further back, and a
   *     run whose history does not reach back to it yet reads past the high-water mark down to it
   *     (a backfill)
   * @param clock whose instant becomes {@link Post#fetchedAt()}
   */
  protected TimelineSource(String name, int maxPages, Duration maxAge, Instant since, Clock clock) {
    this.name = Objects.requireNonNull(name, "name");
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be >= 1, was " + maxPages);
    }
    if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
      throw new IllegalArgumentException("maxAge must be positive, was " + maxAge);
    }
    this.maxPages = maxPages;
    this.maxAge = maxAge;
    this.since = since;
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
      TimelineCursor same = restarted ? cursor.restart() : cursor;
      return new SourcePage(List.of(), skipped, same.encode(), true, 0, from(same, now));
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
    Instant from = from(cursor, now);
    String mark = backfill(cursor, from) ? null : cursor.mark();
    return new TimelineRequest(cursor.token(), mark, cursor.top(), from);
  }

  /**
   * The window start of the run {@code cursor} is in or begins: kept in the cursor while a run
   * pages back; at the start of a run {@code since}, else {@code maxAge} back on the first run,
   * else none (the mark ends the run).
   */
  private Instant from(TimelineCursor cursor, Instant now) {
    if (cursor.inRun() && cursor.from() != null) {
      return cursor.from();
    }
    if (!cursor.inRun() && since != null) {
      return since;
    }
    // Also a run under way without 'from': no since, or a cursor written before 'from' existed.
    return cursor.mark() == null && maxAge != null ? now.minus(maxAge) : null;
  }

  /** True when the run must read past the mark: its history does not reach back to {@code from}. */
  private static boolean backfill(TimelineCursor cursor, Instant from) {
    return cursor.mark() != null
        && from != null
        && (cursor.floor() == null || from.isBefore(cursor.floor()));
  }

  private SourcePage page(
      TimelineCursor cursor, TimelineBatch batch, Instant now, List<SkippedRecord> skipped) {
    String mark = cursor.mark();
    Instant from = from(cursor, now);
    boolean backfill = backfill(cursor, from);
    String top = cursor.top();
    boolean reachedMark = false;
    boolean reachedWindow = false;
    int outside = 0;
    List<Post> posts = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (TimelineItem item : batch.items()) {
      top = max(top, item.key());
      if (!backfill && mark != null && item.key().compareTo(mark) <= 0) {
        reachedMark = true;
      } else if (from != null && item.post().createdAt().isBefore(from)) {
        reachedWindow = true;
        outside++;
      } else if (item.skip() != null) {
        skipped.add(item.skip());
      } else if (ids.add(item.post().id())) {
        posts.add(item.post());
      }
    }
    skipped.addAll(batch.skipped());
    int pages = cursor.pages() + 1;
    boolean boundary = reachedMark || reachedWindow;
    boolean capped = !boundary && batch.nextToken() != null && pages >= maxPages;
    if (capped) {
      skipped.add(
          new SkippedRecord(
              name,
              "page " + pages,
              "stopped after maxPages=" + maxPages + " pages " + notReached(mark, backfill, from),
              batch.nextToken()));
    }
    if (boundary || capped || batch.nextToken() == null) {
      // The history now reaches back to the window start, unless the run ended at the mark.
      Instant floor = (reachedMark && !reachedWindow) || from == null ? cursor.floor() : from;
      TimelineCursor end = TimelineCursor.between(max(mark, top), floor);
      return new SourcePage(posts, skipped, end.encode(), true, outside, from);
    }
    TimelineCursor next =
        new TimelineCursor(mark, cursor.floor(), top, batch.nextToken(), pages, from);
    return new SourcePage(posts, skipped, next.encode(), false, outside, from);
  }

  private static String notReached(String mark, boolean backfill, Instant from) {
    if (mark != null && !backfill) {
      return "before reaching the high-water mark "
          + mark
          + "; older posts of this gap are not fetched";
    }
    if (from != null) {
      return "before reaching the window start "
          + from
          + "; older posts are not fetched (raise maxPages to read further back)";
    }
    return "before the oldest post; older posts are not fetched (raise maxPages)";
  }

  private static String max(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
