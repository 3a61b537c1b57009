package org.brandpulse.app.reanalyze;

import java.util.ArrayDeque;
import java.util.Deque;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostPage;
import org.brandpulse.ingest.store.PostQuery;
import org.brandpulse.ingest.store.PostSort;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads stored posts oldest first, page by page. The context holds the token of the page being read
 * and how many of its posts were handed out; the order (created-at, then id) does not change when a
 * post is re-written, so a restart continues exactly.
 */
public class StorePostReader implements ItemStreamReader<AnalyzedPost> {

  static final String PAGE_TOKEN = "reanalyze.pageToken";
  static final String PAGE_INDEX = "reanalyze.pageIndex";

  private final PostStore store;
  private final PostFilter filter;
  private final int pageSize;
  private final Deque<AnalyzedPost> buffer = new ArrayDeque<>();

  private String pageToken;
  private String nextToken;
  private int pageIndex;
  private int toSkip;
  private boolean started;
  private boolean done;

  public StorePostReader(PostStore store, PostFilter filter, int pageSize) {
    this.store = store;
    this.filter = filter;
    this.pageSize = pageSize;
  }

  @Override
  public void open(ExecutionContext context) {
    pageToken = context.containsKey(PAGE_TOKEN) ? context.getString(PAGE_TOKEN) : null;
    toSkip = context.getInt(PAGE_INDEX, 0);
    pageIndex = toSkip;
    started = false;
    done = false;
  }

  @Override
  public AnalyzedPost read() throws StoreException {
    if (!started) {
      started = true;
      fetch(pageToken);
      for (int i = 0; i < toSkip && !buffer.isEmpty(); i++) {
        buffer.poll();
      }
    }
    while (buffer.isEmpty()) {
      if (done) {
        return null;
      }
      pageToken = nextToken;
      pageIndex = 0;
      fetch(pageToken);
    }
    pageIndex++;
    return buffer.poll();
  }

  private void fetch(String token) throws StoreException {
    PostPage page = store.search(new PostQuery(null, filter, PostSort.OLDEST, pageSize, token));
    buffer.clear();
    buffer.addAll(page.posts());
    nextToken = page.next();
    done = nextToken == null;
  }

  @Override
  public void update(ExecutionContext context) {
    if (pageToken == null) {
      context.remove(PAGE_TOKEN);
    } else {
      context.putString(PAGE_TOKEN, pageToken);
    }
    context.putInt(PAGE_INDEX, pageIndex);
  }

  @Override
  public void close() throws ItemStreamException {
    buffer.clear();
  }
}
