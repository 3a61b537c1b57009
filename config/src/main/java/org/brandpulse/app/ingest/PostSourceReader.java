package org.brandpulse.app.ingest;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.source.SourcePage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a {@link PostSource} page by page, keeping its place in the step's execution context.
 *
 * <p>The context holds the cursor the current page was fetched with and how many of its posts were
 * handed out. A restarted step fetches that page again (pages are deterministic by contract) and
 * skips what was already handed out; a completed step leaves {@link #NEXT_CURSOR}, where the next
 * run starts. A source that cannot be read at all ends the step early with the error reported as a
 * skipped record: the cursor stays at the last good page, so the next run retries, and the other
 * sources still run.
 *
 * <p>Every update (Spring Batch calls it inside the transaction that commits the chunk) also hands
 * the cursor the next run starts from to the cursor sink ({@link SourceCursors}), and keeps in the
 * context how many items the source left out as older than its window ({@link #OUTSIDE_WINDOW}) and
 * where that window started ({@link #WINDOW_START}). The count is kept apart for the pages before
 * the current one, so the page a restart fetches again is not counted twice.
 *
 * <p>A source that {@linkplain PostSource#readsAhead() reads ahead} (local files) has its next page
 * fetched on a thread of its own while the current one is processed; the place kept is the same,
 * since a page read ahead is only taken when the reader gets to its cursor.
 */
public class PostSourceReader implements ItemStreamReader<Post> {

  /** Context key: the cursor of the page being read. */
  public static final String PAGE_CURSOR = "source.pageCursor";

  /** Context key: posts of the current page already read. */
  public static final String PAGE_INDEX = "source.pageIndex";

  /** Context key: where the next run continues. */
  public static final String NEXT_CURSOR = "source.nextCursor";

  /** Context key: items left out as older than the window, in this step so far. */
  public static final String OUTSIDE_WINDOW = "source.outsideWindow";

  /** Context key: {@link #OUTSIDE_WINDOW} without the current page's (restored on restart). */
  public static final String OUTSIDE_BEFORE_PAGE = "source.outsideBeforePage";

  /** Context key: the window start the source read against (ISO-8601), absent when none. */
  public static final String WINDOW_START = "source.windowStart";

  private static final Logger log = LoggerFactory.getLogger(PostSourceReader.class);

  private final PostSource source;
  private final String initialCursor;
  private final Consumer<SkippedRecord> skips;
  private final Consumer<String> cursorSink;

  private String pageCursor;
  private int pageIndex;
  private String nextCursor;
  private boolean lastPage;
  private boolean failed;
  private boolean started;
  private int toSkip;
  private long outsideBeforePage;
  private long outsideOfPage;
  private Instant windowStart;
  private final Deque<Post> buffer = new ArrayDeque<>();
  private ExecutorService readAhead;
  private Future<SourcePage> ahead;
  private String aheadCursor;

  /**
   * @param source the source
   * @param initialCursor where the previous completed run stopped, or null
   * @param skips receives skipped records and source errors
   * @param cursorSink receives, in the transaction of every committed chunk, the cursor the next
   *     run starts from (never null)
   */
  public PostSourceReader(
      PostSource source,
      String initialCursor,
      Consumer<SkippedRecord> skips,
      Consumer<String> cursorSink) {
    this.source = source;
    this.initialCursor = initialCursor;
    this.skips = skips;
    this.cursorSink = cursorSink;
  }

  @Override
  public void open(ExecutionContext context) {
    // Only restore the place here: fetching waits for the first read, when the step runs.
    if (context.containsKey(PAGE_INDEX)) {
      pageCursor = context.containsKey(PAGE_CURSOR) ? context.getString(PAGE_CURSOR) : null;
      toSkip = context.getInt(PAGE_INDEX);
    } else {
      pageCursor = initialCursor;
      toSkip = 0;
    }
    outsideBeforePage = context.getLong(OUTSIDE_BEFORE_PAGE, 0L);
    outsideOfPage = 0;
    pageIndex = toSkip;
    started = false;
  }

  @Override
  public Post read() {
    if (!started) {
      started = true;
      if (!fetch(pageCursor)) {
        return null;
      }
      for (int i = 0; i < toSkip && !buffer.isEmpty(); i++) {
        buffer.poll();
      }
    }
    while (buffer.isEmpty()) {
      if (lastPage || failed) {
        return null;
      }
      pageCursor = nextCursor;
      pageIndex = 0;
      outsideBeforePage += outsideOfPage;
      outsideOfPage = 0;
      if (!fetch(pageCursor)) {
        return null;
      }
    }
    pageIndex++;
    return buffer.poll();
  }

  /** Fetches a page into the buffer; false when the source failed. */
  private boolean fetch(String cursor) {
    SourcePage page;
    try {
      page = fetchOrTakeReadAhead(cursor);
    } catch (SourceException e) {
      failed = true;
      nextCursor = cursor;
      log.warn("source {} failed: {}", source.name(), e.getMessage());
      skips.accept(
          new SkippedRecord(
              source.name(),
              "source",
              (e.isRetryable() ? "source unavailable, will retry next run: " : "source error: ")
                  + e.getMessage(),
              ""));
      return false;
    }
    buffer.clear();
    buffer.addAll(page.posts());
    page.skipped().forEach(skips);
    nextCursor = page.nextCursor();
    lastPage = page.last();
    outsideOfPage = page.outsideWindow();
    if (page.windowStart() != null) {
      windowStart = page.windowStart();
    }
    if (!lastPage && source.readsAhead()) {
      readAhead(nextCursor);
    }
    return true;
  }

  /**
   * The page after {@code cursor}: the one read ahead when it was for this cursor, else fetched
   * now. Pages are deterministic by contract, so a page read ahead is the page a fetch gives.
   */
  private SourcePage fetchOrTakeReadAhead(String cursor) throws SourceException {
    Future<SourcePage> ahead = this.ahead;
    String aheadFor = this.aheadCursor;
    this.ahead = null;
    this.aheadCursor = null;
    if (ahead == null || !Objects.equals(aheadFor, cursor)) {
      if (ahead != null) {
        ahead.cancel(true);
        awaitQuietly(ahead);
      }
      return source.fetch(cursor);
    }
    try {
      return ahead.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SourceException se) {
        throw se;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("reading ahead in source " + source.name(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException("source " + source.name() + ": interrupted while reading", true, e);
    }
  }

  /** Starts fetching the page after {@code cursor} on the read-ahead thread. */
  private void readAhead(String cursor) {
    if (readAhead == null) {
      readAhead =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, "read-ahead " + source.name());
                t.setDaemon(true);
                return t;
              });
    }
    aheadCursor = cursor;
    ahead = readAhead.submit(() -> source.fetch(cursor));
  }

  private static void awaitQuietly(Future<?> f) {
    try {
      f.get();
    } catch (ExecutionException | CancellationException e) {
      // a page nobody reads
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void update(ExecutionContext context) {
    if (pageCursor == null) {
      context.remove(PAGE_CURSOR);
    } else {
      context.putString(PAGE_CURSOR, pageCursor);
    }
    context.putInt(PAGE_INDEX, pageIndex);
    boolean done = started && buffer.isEmpty() && (lastPage || failed);
    String resumeAt = done ? nextCursor : pageCursor;
    if (resumeAt == null) {
      context.remove(NEXT_CURSOR);
    } else {
      context.putString(NEXT_CURSOR, resumeAt);
      cursorSink.accept(resumeAt);
    }
    context.putLong(OUTSIDE_BEFORE_PAGE, outsideBeforePage);
    context.putLong(OUTSIDE_WINDOW, outsideBeforePage + outsideOfPage);
    if (windowStart != null) {
      context.putString(WINDOW_START, windowStart.toString());
    }
  }

  @Override
  public void close() {
    if (readAhead != null) {
      if (ahead != null) {
        ahead.cancel(true);
      }
      readAhead.shutdownNow();
      try {
        // the source is closed only once its last read ahead has stopped
        readAhead.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      readAhead = null;
      ahead = null;
      aheadCursor = null;
    }
    try {
      source.close();
    } catch (RuntimeException e) {
      throw new ItemStreamException("closing source " + source.name() + " failed", e);
    }
  }
}
