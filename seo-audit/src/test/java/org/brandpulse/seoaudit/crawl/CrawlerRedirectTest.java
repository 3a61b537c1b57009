package org.brandpulse.seoaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.brandpulse.seoaudit.testing.SiteServer;
import org.brandpulse.seoaudit.testing.SiteServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrawlerRedirectTest {

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
  void reportsEveryHopOfAChainAndTheFinalPageOnce() {
    site.on("/", Response.html("<a href='/old'>old</a> <a href='/new'>new</a>"));
    site.on("/old", Response.redirect(301, "/older"));
    site.on("/older", Response.redirect(302, "http://127.0.0.1:" + site.port() + "/new#top"));
    site.on("/new", Response.html("<title>নতুন</title>"));

    crawl(CrawlOptions.DEFAULTS);

    FetchedPage old = rec.get(site.url("/old"));
    assertThat(old.redirects()).extracting(RedirectHop::status).containsExactly(301, 302);
    assertThat(old.redirects().get(0).target()).isEqualTo(site.url("/older"));
    assertThat(old.finalUrl()).isEqualTo(site.url("/new"));
    assertThat(old.status()).isEqualTo(200);
    assertThat(old.error()).isNull();
    assertThat(site.count("/old")).isEqualTo(1);
  }

  @Test
  void aChainEndingAtAQueuedPageDoesNotReportItsContentTwice() {
    site.on("/", Response.html("<a href='/new'>new</a> <a href='/old'>old</a>"));
    site.on("/old", Response.redirect(301, "/new"));
    site.on("/new", Response.html("<title>new</title>"));

    crawl(CrawlOptions.DEFAULTS);

    FetchedPage old = rec.get(site.url("/old"));
    assertThat(old.finalSeenBefore()).isTrue();
    assertThat(old.body()).isEmpty();
    assertThat(old.document()).isNull();
    assertThat(rec.get(site.url("/new")).document()).isNotNull();
    assertThat(rec.urls(PageKind.PAGE)).hasSize(3);
  }

  @Test
  void detectsLoops() {
    site.on("/", Response.html("<a href='/l1'>loop</a>"));
    site.on("/l1", Response.redirect(301, "/l2"));
    site.on("/l2", Response.redirect(302, "/l1"));

    crawl(CrawlOptions.DEFAULTS);

    FetchedPage loop = rec.get(site.url("/l1"));
    assertThat(loop.redirectLoop()).isTrue();
    assertThat(loop.redirects()).hasSize(2);
    assertThat(loop.status()).isEqualTo(302);
    assertThat(loop.error()).contains("redirect loop back to " + site.url("/l1"));
    assertThat(rec.page(site.url("/l2"))).isEmpty();
  }

  @Test
  void stopsAfterMaxRedirects() {
    site.on("/", Response.html("<a href='/r/0'>r</a>"));
    site.dynamic(
        p ->
            p.startsWith("/r/")
                ? java.util.Optional.of(
                    Response.redirect(301, "/r/" + (Integer.parseInt(p.substring(3)) + 1)))
                : java.util.Optional.empty());

    crawl(CrawlOptions.DEFAULTS.withMaxRedirects(3));

    FetchedPage r = rec.get(site.url("/r/0"));
    assertThat(r.redirects()).hasSize(4);
    assertThat(r.error()).isEqualTo("more than 3 redirects");
    assertThat(site.count("/r/4")).isZero();
  }

  @Test
  void stopsAtDisallowedTargetsAndOffSiteTargetsWhenNotChecking() {
    site.on("/robots.txt", Response.text("User-agent: *\nDisallow: /private"));
    site.on("/", Response.html("<a href='/to-private'>p</a> <a href='/to-elsewhere'>e</a>"));
    site.on("/to-private", Response.redirect(301, "/private/x"));
    site.on("/to-elsewhere", Response.redirect(301, "http://localhost:" + site.port() + "/x"));

    crawl(CrawlOptions.DEFAULTS.withCheckExternalLinks(false));

    FetchedPage priv = rec.get(site.url("/to-private"));
    assertThat(priv.robotsDisallowed()).isTrue();
    assertThat(priv.finalUrl()).isEqualTo(site.url("/private/x"));
    assertThat(site.count("/private/x")).isZero();
    FetchedPage away = rec.get(site.url("/to-elsewhere"));
    assertThat(away.status()).isEqualTo(301);
    assertThat(away.error()).contains("leaves the site");
    assertThat(site.count("/x")).isZero();
  }

  @Test
  void invalidLocationIsReported() {
    site.on("/", Response.html("<a href='/bad'>bad</a>"));
    site.on("/bad", Response.redirect(302, "javascript:alert(1)"));

    crawl(CrawlOptions.DEFAULTS);

    FetchedPage bad = rec.get(site.url("/bad"));
    assertThat(bad.redirects()).singleElement().satisfies(h -> assertThat(h.target()).isNull());
    assertThat(bad.error()).contains("invalid Location 'javascript:alert(1)'");
  }

  @Test
  void followsMetaRefreshAsALink() {
    site.on("/", Response.html("<meta http-equiv='Refresh' content=\"0; URL='/moved'\">"));
    site.on("/moved", Response.html("<p>moved</p>"));

    crawl(CrawlOptions.DEFAULTS);

    assertThat(rec.get(site.url("/")).metaRefresh())
        .isEqualTo(new MetaRefresh(0, site.url("/moved"), false));
    assertThat(rec.get(site.url("/moved")).depth()).isEqualTo(1);
  }
}
