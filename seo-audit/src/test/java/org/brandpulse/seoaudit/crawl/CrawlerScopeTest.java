package org.brandpulse.seoaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.brandpulse.seoaudit.testing.SiteServer;
import org.brandpulse.seoaudit.testing.SiteServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What is followed, what is only checked, and the limits. */
class CrawlerScopeTest {

  private final SiteServer site = SiteServer.start();
  private final CrawlRecorder rec = new CrawlRecorder();

  @AfterEach
  void stop() {
    site.close();
  }

  private CrawlSummary crawl(CrawlOptions o) {
    return new Crawler(o.withStartUrl(site.url("/")), new JdkHttpFetcher()).crawl(rec);
  }

  /** A chain /, /p/1, /p/2, ... where each page links to the next. */
  private void chain() {
    site.on("/", Response.html("<a href='/p/1'>1</a>"));
    site.dynamic(
        p ->
            p.startsWith("/p/")
                ? Optional.of(
                    Response.html(
                        "<a href='/p/" + (Integer.parseInt(p.substring(3)) + 1) + "'>next</a>"))
                : Optional.empty());
  }

  @Test
  void maxPagesStopsTheCrawl() {
    chain();
    CrawlSummary s = crawl(CrawlOptions.DEFAULTS.withMaxPages(5));

    assertThat(rec.urls(PageKind.PAGE)).hasSize(5);
    assertThat(s.stopReason()).isEqualTo(CrawlSummary.StopReason.MAX_PAGES);
    assertThat(s.skipped()).containsEntry("max-pages", 1L);
  }

  @Test
  void maxDepthLimitsClickDepth() {
    chain();
    CrawlSummary s = crawl(CrawlOptions.DEFAULTS.withMaxDepth(3));

    assertThat(rec.urls(PageKind.PAGE))
        .containsExactly(site.url("/"), site.url("/p/1"), site.url("/p/2"), site.url("/p/3"));
    assertThat(s.stopReason()).isEqualTo(CrawlSummary.StopReason.COMPLETED);
    assertThat(s.skippedSamples().get("max-depth")).containsExactly(site.url("/p/4"));
  }

  @Test
  void timeBudgetStopsTheCrawl() {
    site.on("/", Response.html("<a href='/p/1'>1</a>"));
    site.dynamic(
        p ->
            p.startsWith("/p/")
                ? Optional.of(
                    Response.html(
                            "<a href='/p/" + (Integer.parseInt(p.substring(3)) + 1) + "'>n</a>")
                        .delayed(Duration.ofMillis(200)))
                : Optional.empty());

    CrawlSummary s = crawl(CrawlOptions.DEFAULTS.withTimeBudget(Duration.ofMillis(900)));

    assertThat(s.stopReason()).isEqualTo(CrawlSummary.StopReason.TIME_BUDGET);
    assertThat(rec.urls(PageKind.PAGE).size()).isBetween(2, 7);
    assertThat(Duration.between(s.startedAt(), s.finishedAt())).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void includeAndExcludePatterns() {
    site.on(
        "/",
        Response.html(
            "<a href='/blog/a'>a</a> <a href='/blog/tag/x'>t</a> <a href='/shop/b'>b</a>"));
    site.on("/blog/a", Response.html("a"));
    site.on("/blog/tag/x", Response.html("t"));

    CrawlSummary s =
        crawl(CrawlOptions.DEFAULTS.withIncludeRegex("/blog/", "/$").withExcludeRegex("/tag/"));

    assertThat(rec.urls(PageKind.PAGE))
        .containsExactlyInAnyOrder(site.url("/"), site.url("/blog/a"));
    assertThat(s.skipped()).containsEntry("include", 1L).containsEntry("exclude", 1L);
  }

  @Test
  void siteAliasesAreCrawledOthersOnlyChecked() {
    site.on(
        "/",
        Response.html(
            "<a href='http://localhost:"
                + site.port()
                + "/via-alias'>alias</a>"
                + "<img src='/logo.png'> <a href='https://example.invalid/'>ext</a>"));
    site.on("/via-alias", Response.html("<a href='/deeper'>deeper</a>"));
    site.on("/deeper", Response.html("d"));
    site.on("/logo.png", Response.of(200, "image/png", new byte[150_000]));

    crawl(
        CrawlOptions.DEFAULTS
            .withSiteAliases(Set.of("LOCALHOST"))
            .withConnectTimeout(Duration.ofSeconds(2)));

    assertThat(rec.get("http://localhost:" + site.port() + "/via-alias").kind())
        .isEqualTo(PageKind.PAGE);
    assertThat(rec.get("http://localhost:" + site.port() + "/deeper").depth()).isEqualTo(2);
    FetchedPage logo = rec.get(site.url("/logo.png"));
    assertThat(logo.kind()).isEqualTo(PageKind.RESOURCE);
    assertThat(logo.headers().first("content-length")).contains("150000");
    assertThat(logo.body()).isEmpty();
    assertThat(site.requests()).contains("HEAD /logo.png");
    assertThat(rec.get("https://example.invalid/").kind()).isEqualTo(PageKind.EXTERNAL);
    assertThat(rec.get("https://example.invalid/").status()).isEqualTo(-1);
  }

  @Test
  void externalChecksFallBackToGetWhenHeadIsRefused() {
    try (SiteServer other = SiteServer.start()) {
      other.on("/no-head", Response.html("<p>x</p>"));
      other.dynamic(p -> Optional.empty());
      site.on("/", Response.html("<a href='http://localhost:" + other.port() + "/no-head'>x</a>"));
      other.on("/no-head", Response.status(405));

      crawl(CrawlOptions.DEFAULTS);

      assertThat(other.requests()).containsExactly("HEAD /no-head", "GET /no-head");
      assertThat(other.requests()).noneMatch(r -> r.contains("robots.txt"));
    }
  }

  @Test
  void nofollowInAllItsForms() {
    site.on(
        "/",
        Response.html(
            "<a href='/a' rel='nofollow'>a</a> <a href='/meta'>m</a> <a href='/header'>h</a>"));
    site.on(
        "/meta",
        Response.html("<meta name='ROBOTS' content='noindex, NoFollow'><a href='/b'>b</a>"));
    site.on(
        "/header",
        Response.html("<a href='/c'>c</a>").header("X-Robots-Tag", "brandpulsebot: nofollow"));
    site.on("/a", Response.html("a"));

    CrawlSummary s = crawl(CrawlOptions.DEFAULTS);

    assertThat(rec.urls(PageKind.PAGE))
        .containsExactlyInAnyOrder(site.url("/"), site.url("/meta"), site.url("/header"));
    assertThat(rec.get(site.url("/meta")).nofollowPage()).isTrue();
    assertThat(rec.get(site.url("/header")).nofollowPage()).isTrue();
    assertThat(rec.get(site.url("/")).outlinks())
        .filteredOn(Outlink::nofollow)
        .extracting(Outlink::url)
        .containsExactly(site.url("/a"));
    assertThat(s.skipped()).containsEntry("nofollow", 3L);
  }

  @Test
  void followNofollowAndOtherAgentsHeaders() {
    site.on("/", Response.html("<a href='/a' rel='nofollow'>a</a> <a href='/other'>o</a>"));
    site.on(
        "/other",
        Response.html("<a href='/b'>b</a>").header("X-Robots-Tag", "googlebot: nofollow"));

    crawl(CrawlOptions.DEFAULTS.withFollowNofollow(true));

    assertThat(rec.urls(PageKind.PAGE)).contains(site.url("/a"), site.url("/b"));
    assertThat(rec.get(site.url("/other")).nofollowPage()).isFalse();
  }

  @Test
  void baseHrefAndLinkTypes() {
    site.on(
        "/",
        Response.html(
            "<base href='/docs/'><a href='intro'>i</a>"
                + "<link rel=canonical href='/'><link rel=alternate hreflang=bn href='/bn/'>"
                + "<link rel=stylesheet href='/style.css'><link rel=alternate type='application/rss+xml' href='/feed'>"
                + "<iframe src='/frame'></iframe><a href='javascript:void(0)'>js</a><a href='mailto:a@b.c'>m</a>"));

    crawl(CrawlOptions.DEFAULTS.withCheckResources(false));

    assertThat(rec.get(site.url("/")).baseUrl()).isEqualTo(site.url("/docs/"));
    assertThat(rec.get(site.url("/")).outlinks())
        .extracting(Outlink::url)
        .containsExactly(
            site.url("/docs/intro"), site.url("/"), site.url("/bn/"), site.url("/frame"));
    assertThat(rec.urls(PageKind.PAGE))
        .containsExactlyInAnyOrder(
            site.url("/"), site.url("/docs/intro"), site.url("/bn/"), site.url("/frame"));
  }

  @Test
  void clickDepthIsTheShortestPathEvenWhenTheShortPathIsSlow() {
    site.on("/", Response.html("<a href='/slow'>s</a> <a href='/fast'>f</a>"));
    site.on("/slow", Response.html("<a href='/target'>t</a>").delayed(Duration.ofMillis(400)));
    site.on("/fast", Response.html("<a href='/fast2'>f2</a>"));
    site.on("/fast2", Response.html("<a href='/target'>t</a>"));

    crawl(CrawlOptions.DEFAULTS.withConcurrency(4));

    assertThat(rec.get(site.url("/target")).depth()).isEqualTo(2);
    assertThat(rec.get(site.url("/target")).referrer()).isEqualTo(site.url("/slow"));
  }

  @Test
  void theFrontierSpillsToDiskAndKeepsItsOrder() throws Exception {
    StringBuilder home = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      home.append("<a href='/n/").append(i).append("'>").append(i).append("</a>");
    }
    site.on("/", Response.html(home.toString()));
    site.dynamic(
        p ->
            p.startsWith("/n/")
                ? Optional.of(Response.html("<a href='/leaf" + p.substring(2) + "'>l</a>"))
                : Optional.empty());
    java.nio.file.Path spill = java.nio.file.Files.createTempDirectory("spill-test");

    crawl(
        CrawlOptions.DEFAULTS
            .withFrontierMemoryEntries(16)
            .withConcurrency(1)
            .withSpillDirectory(spill));

    assertThat(rec.urls(PageKind.PAGE)).hasSize(601);
    assertThat(rec.urls(PageKind.PAGE).subList(1, 301)).allMatch(u -> u.contains("/n/"));
    assertThat(rec.urls(PageKind.PAGE).get(1)).isEqualTo(site.url("/n/0"));
    assertThat(rec.urls(PageKind.PAGE).get(300)).isEqualTo(site.url("/n/299"));
    try (var files = java.nio.file.Files.list(spill)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void listenerFailureStopsTheCrawlAndIsRethrown() {
    chain();
    Crawler crawler =
        new Crawler(CrawlOptions.DEFAULTS.withStartUrl(site.url("/")), new JdkHttpFetcher());

    assertThatThrownBy(
            () ->
                crawler.crawl(
                    page -> {
                      if (page.requestedUrl().endsWith("/p/3")) {
                        throw new IllegalStateException("listener broke on " + page.requestedUrl());
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/p/3");
    assertThat(site.count("/p/10")).isZero();
  }

  @Test
  void progressIsReported() {
    site.on("/", Response.html("<a href='/a'>a</a>"));
    site.on("/a", Response.html("a").delayed(Duration.ofMillis(1200)));

    crawl(CrawlOptions.DEFAULTS);

    assertThat(rec.progress).hasSizeGreaterThanOrEqualTo(2);
    CrawlProgress last = rec.progress.get(rec.progress.size() - 1);
    assertThat(last.pagesCrawled()).isEqualTo(2);
    assertThat(last.queued()).isZero();
    assertThat(last.toString()).contains("2 pages");
  }
}
