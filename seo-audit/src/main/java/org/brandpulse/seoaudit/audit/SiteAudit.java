package org.brandpulse.seoaudit.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.PageChecks;
import org.brandpulse.seoaudit.checks.SiteChecks;
import org.brandpulse.seoaudit.checks.Thresholds;
import org.brandpulse.seoaudit.crawl.CrawlListener;
import org.brandpulse.seoaudit.crawl.CrawlOptions;
import org.brandpulse.seoaudit.crawl.CrawlProgress;
import org.brandpulse.seoaudit.crawl.CrawlSummary;
import org.brandpulse.seoaudit.crawl.Crawler;
import org.brandpulse.seoaudit.crawl.FetchedPage;
import org.brandpulse.seoaudit.crawl.Fetcher;
import org.brandpulse.seoaudit.crawl.JdkHttpFetcher;
import org.brandpulse.seoaudit.crawl.PageKind;
import org.brandpulse.seoaudit.page.PageExtractor;
import org.brandpulse.seoaudit.page.PageFacts;
import org.brandpulse.seoaudit.robots.RobotsInfo;
import org.brandpulse.seoaudit.sitemap.SitemapInfo;
import org.brandpulse.seoaudit.url.UrlNormalizer;

/**
 * Crawls a site and runs the whole check catalogue on it: page checks as each page arrives (on the
 * crawler's threads; the page's body and DOM are released right after), site checks at the end over
 * a compact graph.
 *
 * <pre>{@code
 * AuditResult result = SiteAudit.run(
 *     CrawlOptions.DEFAULTS.withStartUrl("https://example.org/"), Thresholds.DEFAULTS);
 * }</pre>
 */
public final class SiteAudit implements CrawlListener {

  private final PageChecks pageChecks;
  private final SiteChecks siteChecks;
  private final PageExtractor extractor;
  private final Consumer<CrawlProgress> progress;
  private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<PageSummary> pages = new ConcurrentLinkedQueue<>();

  private SiteAudit(CrawlOptions options, Thresholds thresholds, Consumer<CrawlProgress> progress) {
    this.pageChecks = new PageChecks(thresholds);
    this.siteChecks = new SiteChecks(thresholds);
    Set<String> hosts = UrlNormalizer.siteAuthorities(options.startUrls(), options.siteAliases());
    this.extractor = PageExtractor.forHosts(hosts);
    this.progress = progress;
  }

  /** Audits with a real HTTP fetcher and no progress reporting. */
  public static AuditResult run(CrawlOptions options, Thresholds thresholds) {
    try (JdkHttpFetcher fetcher = new JdkHttpFetcher()) {
      return run(options, thresholds, fetcher, p -> {});
    }
  }

  /**
   * Audits a site.
   *
   * @param options what to crawl (at least one start URL)
   * @param thresholds the check limits
   * @param fetcher how to fetch (not closed here)
   * @param progress called about once a second from the crawler's progress thread
   */
  public static AuditResult run(
      CrawlOptions options,
      Thresholds thresholds,
      Fetcher fetcher,
      Consumer<CrawlProgress> progress) {
    return run(options, thresholds, fetcher, progress, Clock.systemUTC());
  }

  /** Audits a site; the result's start and end times come from {@code clock}. */
  public static AuditResult run(
      CrawlOptions options,
      Thresholds thresholds,
      Fetcher fetcher,
      Consumer<CrawlProgress> progress,
      Clock clock) {
    Objects.requireNonNull(progress, "progress");
    SiteAudit audit = new SiteAudit(options, thresholds, progress);
    CrawlSummary summary = new Crawler(options, fetcher, clock).crawl(audit);
    return audit.result(options, summary, clock.instant());
  }

  @Override
  public void onPage(FetchedPage page) {
    PageFacts facts = PageFacts.of(page, extractor);
    pageChecks.run(facts, findings::add);
    siteChecks.add(facts);
    if (page.kind() == PageKind.PAGE) {
      var html = facts.html();
      boolean indexable =
          facts.isHtmlPage()
              && !html.noindex()
              && html.canonicals().stream()
                  .map(c -> c.url() == null ? c.href() : c.url())
                  .allMatch(facts.url()::equals);
      pages.add(
          new PageSummary(
              page.requestedUrl(),
              page.finalUrl(),
              page.status(),
              page.depth(),
              html == null ? null : html.title(),
              html == null ? 0 : html.words(),
              page.contentType(),
              facts.bytes(),
              page.fetchMillis(),
              indexable,
              0));
    }
  }

  @Override
  public void onRobots(String origin, RobotsInfo robots) {
    siteChecks.addRobots(robots);
  }

  @Override
  public void onSitemap(SitemapInfo sitemap) {
    siteChecks.addSitemap(sitemap);
  }

  @Override
  public void onProgress(CrawlProgress p) {
    progress.accept(p);
  }

  private AuditResult result(CrawlOptions options, CrawlSummary summary, Instant finishedAt) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(siteChecks.finish());
    all.sort(Finding.ORDER);
    Map<String, Finding> unique = new LinkedHashMap<>();
    all.forEach(f -> unique.putIfAbsent(f.key(), f));
    List<Finding> sorted = List.copyOf(unique.values());
    Map<String, Integer> perUrl = new HashMap<>();
    sorted.forEach(f -> perUrl.merge(f.url(), 1, Integer::sum));
    List<PageSummary> rows = new ArrayList<>();
    for (PageSummary p : pages) {
      int n = perUrl.getOrDefault(p.url(), 0);
      if (!p.finalUrl().equals(p.url())) {
        n += perUrl.getOrDefault(p.finalUrl(), 0);
      }
      rows.add(p.withFindings(n));
    }
    rows.sort(java.util.Comparator.comparing(PageSummary::url));
    String start = UrlNormalizer.normalize(options.startUrls().get(0)).orElseThrow();
    return new AuditResult(
        UrlNormalizer.origin(start),
        start,
        summary.startedAt(),
        finishedAt,
        summary.stopReason().name(),
        HealthScore.of(sorted, rows.size()),
        rows,
        sorted);
  }
}
