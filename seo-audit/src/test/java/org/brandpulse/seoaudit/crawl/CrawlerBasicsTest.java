package org.brandpulse.seoaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.brandpulse.seoaudit.testing.SiteServer;
import org.brandpulse.seoaudit.testing.SiteServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrawlerBasicsTest {

  private SiteServer site;
  private final CrawlRecorder rec = new CrawlRecorder();

  @BeforeEach
  void start() {
    site = SiteServer.start();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private CrawlSummary crawl(CrawlOptions o) {
    try (JdkHttpFetcher f = new JdkHttpFetcher()) {
      return new Crawler(o.withStartUrl(site.url("/")), f).crawl(rec);
    }
  }

  @Test
  void crawlsLinkedPagesBreadthFirstWithDepthAndReferrer() {
    site.on("/", Response.html("<a href='/a'>a</a> <a href=b>b</a> <a href='#top'>top</a>"));
    site.on("/a", Response.html("<a href='/c'>c</a><a href='/'>home</a>"));
    site.on("/b", Response.html("<a href='/c'>c</a>"));
    site.on("/c", Response.html("<p>বাংলা العربية 中文 😀</p>"));

    CrawlSummary s = crawl(CrawlOptions.DEFAULTS);

    assertThat(rec.urls(PageKind.PAGE))
        .containsExactlyInAnyOrder(site.url("/"), site.url("/a"), site.url("/b"), site.url("/c"));
    assertThat(rec.get(site.url("/c")).depth()).isEqualTo(2);
    assertThat(rec.get(site.url("/c")).referrer()).isIn(site.url("/a"), site.url("/b"));
    assertThat(rec.get(site.url("/c")).bodyText()).contains("বাংলা العربية 中文 😀");
    assertThat(rec.get(site.url("/")).status()).isEqualTo(200);
    assertThat(s.pagesCrawled()).isEqualTo(4);
    assertThat(s.stopReason()).isEqualTo(CrawlSummary.StopReason.COMPLETED);
    assertThat(site.count("/c")).isEqualTo(1);
    assertThat(rec.robots).containsKey(site.base());
  }
}
