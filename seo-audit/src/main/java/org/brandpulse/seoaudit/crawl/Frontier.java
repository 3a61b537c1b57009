package org.brandpulse.seoaudit.crawl;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;

/**
 * The URLs waiting to be fetched: one FIFO per click depth (so pages are fetched breadth-first and
 * every page gets its shortest click depth), a FIFO of external-link and resource checks, and the
 * "orphan" stage of pages known only from sitemaps (depth -1), taken only when nothing reachable by
 * clicks is left. Every queue spills to disk past its memory share. Not thread-safe: the {@link
 * Crawler} guards it with its lock.
 */
final class Frontier implements Closeable {

  /** A queued URL. */
  record Entry(String url, String referrer, int depth, PageKind kind, boolean fromSitemap) {}

  private final int memoryPerQueue;
  private final SpillDirectory spill;
  private final List<SpillQueue> byDepth = new ArrayList<>();
  private final SpillQueue checks;
  private final SpillQueue orphanLinks;
  private final SpillQueue sitemapOnly;

  Frontier(int memoryEntries, SpillDirectory spill) {
    this.memoryPerQueue = Math.max(16, memoryEntries / 4);
    this.spill = spill;
    this.checks = new SpillQueue(memoryPerQueue, spill);
    this.orphanLinks = new SpillQueue(memoryPerQueue, spill);
    this.sitemapOnly = new SpillQueue(memoryPerQueue, spill);
  }

  void add(Entry e) {
    if (e.kind() != PageKind.PAGE) {
      checks.add(e);
    } else if (e.depth() < 0) {
      (e.fromSitemap() ? sitemapOnly : orphanLinks).add(e);
    } else {
      while (byDepth.size() <= e.depth()) {
        byDepth.add(new SpillQueue(memoryPerQueue, spill));
      }
      byDepth.get(e.depth()).add(e);
    }
  }

  /**
   * The lowest depth with queued pages, {@link Integer#MAX_VALUE} when only orphans, -1 if none.
   */
  int lowestPageDepth() {
    for (int d = 0; d < byDepth.size(); d++) {
      if (!byDepth.get(d).isEmpty()) {
        return d;
      }
    }
    return orphanLinks.isEmpty() && sitemapOnly.isEmpty() ? -1 : Integer.MAX_VALUE;
  }

  /** Takes a page at {@code lowestPageDepth()} (orphan links before sitemap-only URLs). */
  Entry pollPage() {
    int d = lowestPageDepth();
    if (d < 0) {
      return null;
    }
    if (d == Integer.MAX_VALUE) {
      return orphanLinks.isEmpty() ? sitemapOnly.poll() : orphanLinks.poll();
    }
    return byDepth.get(d).poll();
  }

  Entry pollCheck() {
    return checks.poll();
  }

  long pages() {
    long n = orphanLinks.size() + sitemapOnly.size();
    for (SpillQueue q : byDepth) {
      n += q.size();
    }
    return n;
  }

  long checks() {
    return checks.size();
  }

  long size() {
    return pages() + checks();
  }

  @Override
  public void close() {
    byDepth.forEach(SpillQueue::close);
    checks.close();
    orphanLinks.close();
    sitemapOnly.close();
  }
}
