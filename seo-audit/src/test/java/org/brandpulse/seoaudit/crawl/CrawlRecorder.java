package org.brandpulse.seoaudit.crawl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.brandpulse.seoaudit.robots.RobotsInfo;
import org.brandpulse.seoaudit.sitemap.SitemapInfo;

/** A listener that records everything (thread-safe), for assertions. */
final class CrawlRecorder implements CrawlListener {

  final List<FetchedPage> pages = Collections.synchronizedList(new ArrayList<>());
  final Map<String, RobotsInfo> robots = Collections.synchronizedMap(new TreeMap<>());
  final List<SitemapInfo> sitemaps = Collections.synchronizedList(new ArrayList<>());
  final List<CrawlProgress> progress = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void onPage(FetchedPage page) {
    pages.add(page);
  }

  @Override
  public void onProgress(CrawlProgress p) {
    progress.add(p);
  }

  @Override
  public void onRobots(String origin, RobotsInfo info) {
    robots.put(origin, info);
  }

  @Override
  public void onSitemap(SitemapInfo info) {
    sitemaps.add(info);
  }

  /** The page requested as {@code url}. */
  Optional<FetchedPage> page(String url) {
    synchronized (pages) {
      return pages.stream().filter(p -> p.requestedUrl().equals(url)).findFirst();
    }
  }

  FetchedPage get(String url) {
    return page(url).orElseThrow(() -> new AssertionError("not crawled: " + url + " in " + urls()));
  }

  /** Requested URLs of all reported pages, in report order. */
  List<String> urls() {
    synchronized (pages) {
      return pages.stream().map(FetchedPage::requestedUrl).toList();
    }
  }

  /** Requested URLs of the reported pages of one kind. */
  List<String> urls(PageKind kind) {
    synchronized (pages) {
      return pages.stream().filter(p -> p.kind() == kind).map(FetchedPage::requestedUrl).toList();
    }
  }
}
