package org.brandpulse.seoaudit.crawl;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.brandpulse.seoaudit.sitemap.SitemapInfo;
import org.brandpulse.seoaudit.sitemap.SitemapReader;
import org.brandpulse.seoaudit.url.UrlNormalizer;

/**
 * Fetches sitemaps and the children of sitemap indexes (at most {@value #MAX_SITEMAPS}, each at
 * most once), reporting each as a {@link SitemapInfo}. A probed {@code /sitemap.xml} that is not
 * there is not reported.
 */
final class SitemapLoader {

  static final int MAX_SITEMAPS = 1_000;
  private static final int MAX_REDIRECTS = 5;

  private record Job(String url, String source, String parent) {}

  private final CrawlOptions options;
  private final Fetcher fetcher;
  private final HostGate gate;

  SitemapLoader(CrawlOptions options, Fetcher fetcher, HostGate gate) {
    this.options = options;
    this.fetcher = fetcher;
    this.gate = gate;
  }

  /** Loads {@code url} and everything it indexes, handing each sitemap to {@code sink}. */
  void load(String url, String source, Set<String> done, Consumer<SitemapInfo> sink)
      throws InterruptedException {
    ArrayDeque<Job> jobs = new ArrayDeque<>();
    jobs.add(new Job(url, source, null));
    while (!jobs.isEmpty() && done.size() < MAX_SITEMAPS) {
      Job job = jobs.poll();
      if (!done.add(job.url())) {
        continue;
      }
      SitemapInfo info = fetchOne(job);
      if (info == null) {
        continue;
      }
      sink.accept(info);
      for (String child : info.sitemaps()) {
        jobs.add(new Job(child, "index", info.url()));
      }
    }
  }

  private SitemapInfo fetchOne(Job job) throws InterruptedException {
    String current = job.url();
    Set<String> visited = new HashSet<>();
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      visited.add(current);
      String host = UrlNormalizer.host(current);
      RawResponse r;
      gate.acquire(host);
      try {
        r =
            fetcher.fetch(
                new FetchRequest(
                    current,
                    "GET",
                    options.userAgent(),
                    options.connectTimeout(),
                    options.readTimeout(),
                    SitemapReader.MAX_BYTES + 1));
      } catch (IOException e) {
        if (job.source().equals("probe")) {
          return null;
        }
        return SitemapReader.read(job.url(), job.source(), job.parent(), -1, new byte[0], "", false)
            .withError(job.url() + ": unreachable: " + e.getMessage());
      } finally {
        gate.release(host);
      }
      int status = r.status();
      var location = r.headers().first("location");
      if (status >= 300 && status < 400 && location.isPresent()) {
        var next = UrlNormalizer.resolve(current, location.get());
        if (next.isPresent() && !visited.contains(next.get())) {
          current = next.get();
          continue;
        }
      }
      if (job.source().equals("probe") && (status < 200 || status > 299)) {
        return null;
      }
      return SitemapReader.read(
          job.url(),
          job.source(),
          job.parent(),
          status,
          r.body(),
          Crawler.mediaType(r.headers()),
          r.truncated());
    }
    return SitemapReader.read(job.url(), job.source(), job.parent(), -1, new byte[0], "", false)
        .withError(job.url() + ": more than " + MAX_REDIRECTS + " redirects");
  }
}
