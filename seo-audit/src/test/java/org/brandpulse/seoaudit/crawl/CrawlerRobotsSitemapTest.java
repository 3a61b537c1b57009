package org.brandpulse.seoaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.brandpulse.seoaudit.robots.RobotsInfo;
import org.brandpulse.seoaudit.sitemap.SitemapInfo;
import org.brandpulse.seoaudit.testing.SiteServer;
import org.brandpulse.seoaudit.testing.SiteServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrawlerRobotsSitemapTest {

  private final SiteServer site = SiteServer.start();
  private final CrawlRecorder rec = new CrawlRecorder();

  @AfterEach
  void stop() {
    site.close();
  }

  private CrawlSummary crawl(CrawlOptions o) {
    return new Crawler(o.withStartUrl(site.url("/")), new JdkHttpFetcher()).crawl(rec);
  }

  @Test
  void disallowedPagesAreReportedNotFetched() {
    site.on("/robots.txt", Response.text("User-agent: *\nDisallow: /private\nBogus: x\n"));
    site.on("/", Response.html("<a href='/private/a'>p</a> <a href='/public'>ok</a>"));
    site.on("/public", Response.html("ok"));

    CrawlSummary s = crawl(CrawlOptions.DEFAULTS);

    FetchedPage p = rec.get(site.url("/private/a"));
    assertThat(p.status()).isZero();
    assertThat(p.robotsDisallowed()).isTrue();
    assertThat(site.count("/private/a")).isZero();
    assertThat(s.robotsDisallowed()).isEqualTo(1);
    RobotsInfo robots = rec.robots.get(site.base());
    assertThat(robots.status()).isEqualTo(200);
    assertThat(robots.raw()).contains("Disallow: /private");
    assertThat(robots.problems())
        .singleElement()
        .satisfies(pr -> assertThat(pr.line()).isEqualTo(3));
  }

  @Test
  void serverErrorOnRobotsTxtDisallowsEverything() {
    site.on("/robots.txt", Response.status(503));
    site.on("/", Response.html("home"));

    crawl(CrawlOptions.DEFAULTS);

    assertThat(rec.get(site.url("/")).robotsDisallowed()).isTrue();
    assertThat(site.count("/")).isZero();
    assertThat(rec.robots.get(site.base()).disallowAll()).isTrue();
  }

  @Test
  void robotsRedirectsAreFollowedAndIgnoringRobotsIsASwitch() {
    site.on("/robots.txt", Response.redirect(301, "/real-robots.txt"));
    site.on("/real-robots.txt", Response.text("User-agent: brandpulsebot\nDisallow: /"));
    site.on("/", Response.html("home"));

    crawl(CrawlOptions.DEFAULTS);
    assertThat(rec.get(site.url("/")).robotsDisallowed()).isTrue();

    CrawlRecorder again = new CrawlRecorder();
    new Crawler(
            CrawlOptions.DEFAULTS.withStartUrl(site.url("/")).withRespectRobots(false),
            new JdkHttpFetcher())
        .crawl(again);
    assertThat(again.get(site.url("/")).status()).isEqualTo(200);
  }

  @Test
  void crawlDelayMakesTheHostSequentialAndPaced() {
    site.on("/robots.txt", Response.text("User-agent: *\nCrawl-delay: 0.4\n"));
    site.on("/", Response.html("<a href='/a'>a</a><a href='/b'>b</a><a href='/c'>c</a>"));

    long start = System.nanoTime();
    crawl(CrawlOptions.DEFAULTS.withConcurrency(4));

    assertThat(rec.urls(PageKind.PAGE)).hasSize(4);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(1200));
  }

  @Test
  void sitemapOnlyPagesComeLastWithoutDepth() {
    site.on("/robots.txt", Response.text("Sitemap: " + site.url("/sitemap_index.xml")));
    site.on(
        "/sitemap_index.xml",
        Response.of(
            200,
            "application/xml",
            ("<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                    + "<sitemap><loc>"
                    + site.url("/pages.xml.gz")
                    + "</loc></sitemap></sitemapindex>")
                .getBytes()));
    site.on(
        "/pages.xml.gz",
        Response.of(
                200,
                "application/xml",
                ("<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                        + "<url><loc>"
                        + site.url("/")
                        + "</loc></url><url><loc>"
                        + site.url("/orphan")
                        + "</loc></url>"
                        + "<url><loc>/relative</loc></url></urlset>")
                    .getBytes())
            .gzipped());
    site.on("/", Response.html("<a href='/linked'>l</a>"));
    site.on("/linked", Response.html("l"));
    site.on("/orphan", Response.html("<a href='/from-orphan'>x</a>"));
    site.on("/from-orphan", Response.html("x"));

    crawl(CrawlOptions.DEFAULTS);

    assertThat(rec.sitemaps)
        .extracting(SitemapInfo::url)
        .containsExactly(site.url("/sitemap_index.xml"), site.url("/pages.xml.gz"));
    SitemapInfo pages = rec.sitemaps.get(1);
    assertThat(pages.source()).isEqualTo("index");
    assertThat(pages.parent()).isEqualTo(site.url("/sitemap_index.xml"));
    assertThat(pages.relativeLocs()).containsExactly("/relative");
    FetchedPage orphan = rec.get(site.url("/orphan"));
    assertThat(orphan.fromSitemapOnly()).isTrue();
    assertThat(orphan.depth()).isEqualTo(-1);
    assertThat(rec.get(site.url("/from-orphan")).depth()).isEqualTo(-1);
    assertThat(rec.get(site.url("/")).fromSitemapOnly()).isFalse();
    assertThat(rec.urls(PageKind.PAGE).indexOf(site.url("/orphan")))
        .isGreaterThan(rec.urls(PageKind.PAGE).indexOf(site.url("/linked")));
  }

  @Test
  void defaultSitemapIsProbedAndAMissingOneIsNotReported() {
    site.on("/", Response.html("home"));
    crawl(CrawlOptions.DEFAULTS);
    assertThat(site.requests()).contains("GET /sitemap.xml");
    assertThat(rec.sitemaps).isEmpty();

    site.on("/sitemap.xml", Response.of(200, "application/xml", "not xml at all <".getBytes()));
    CrawlRecorder again = new CrawlRecorder();
    new Crawler(CrawlOptions.DEFAULTS.withStartUrl(site.url("/")), new JdkHttpFetcher())
        .crawl(again);
    assertThat(again.sitemaps).singleElement().satisfies(s -> assertThat(s.valid()).isFalse());
  }

  @Test
  void givenSitemapsAreReadEvenWhenBroken() {
    site.on("/", Response.html("home"));
    crawl(CrawlOptions.DEFAULTS.withSitemapUrls(java.util.List.of(site.url("/missing.xml"))));

    assertThat(rec.sitemaps)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.status()).isEqualTo(404);
              assertThat(s.source()).isEqualTo("option");
              assertThat(s.errors())
                  .containsExactly(site.url("/missing.xml") + ": HTTP status 404, expected 200");
            });
  }
}
