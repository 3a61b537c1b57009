package org.brandpulse.seoaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.brandpulse.seoaudit.testing.SiteServer;
import org.brandpulse.seoaudit.testing.SiteServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Responses that try to hang, flood or confuse the crawler. */
class CrawlerHostileTest {

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
  void slowHeadersAndTricklingBodiesTimeOut() {
    site.on(
        "/", Response.html("<a href='/slow'>s</a> <a href='/trickle'>t</a> <a href='/ok'>ok</a>"));
    site.on("/slow", Response.html("late").delayed(Duration.ofSeconds(3)));
    site.on("/trickle", Response.html("x".repeat(200)).trickled(Duration.ofMillis(20)));
    site.on("/ok", Response.html("fine"));

    long start = System.nanoTime();
    CrawlSummary s = crawl(CrawlOptions.DEFAULTS.withReadTimeout(Duration.ofMillis(700)));

    for (String path : new String[] {"/slow", "/trickle"}) {
      FetchedPage p = rec.get(site.url(path));
      assertThat(p.status()).as(path).isEqualTo(-1);
      assertThat(p.timedOut()).as(path).isTrue();
      assertThat(p.error()).as(path).contains("700 ms");
    }
    assertThat(rec.get(site.url("/ok")).status()).isEqualTo(200);
    assertThat(s.errors()).isEqualTo(2);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void connectionRefusedIsAnErrorNotATimeout() {
    site.on(
        "/",
        Response.html(
            "<a href='http://localhost:1/x'>external, dead</a>"
                + "<a href='http://127.0.0.1:1/y'>site host, other (dead) port</a>"));

    crawl(CrawlOptions.DEFAULTS);

    FetchedPage external = rec.get("http://localhost:1/x");
    assertThat(external.kind()).isEqualTo(PageKind.EXTERNAL);
    assertThat(external.status()).isEqualTo(-1);
    assertThat(external.timedOut()).isFalse();
    assertThat(external.error()).contains("ConnectException");
    // another port of the site's host is another server: checked as an external link
    FetchedPage otherPort = rec.get("http://127.0.0.1:1/y");
    assertThat(otherPort.kind()).isEqualTo(PageKind.EXTERNAL);
    assertThat(otherPort.status()).isEqualTo(-1);
    assertThat(otherPort.error()).contains("ConnectException");
  }

  @Test
  void bigPagesAreTruncatedAtTheCap() {
    site.on("/", Response.html("<a href='/big'>big</a>"));
    site.on("/big", Response.html("<p>" + "বাংলা ".repeat(200_000) + "</p><a href='/after'>x</a>"));

    crawl(CrawlOptions.DEFAULTS.withMaxPageBytes(64 * 1024));

    FetchedPage big = rec.get(site.url("/big"));
    assertThat(big.truncated()).isTrue();
    assertThat(big.body()).hasSize(64 * 1024);
    assertThat(big.document()).isNotNull();
    assertThat(site.count("/after")).isZero();
  }

  @Test
  void gzipBombsAreCutAtTheDecodedCap() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        gz.write(zeros);
      }
    }
    byte[] bomb = buf.toByteArray();
    site.on("/", Response.html("<a href='/bomb'>b</a> <a href='/zipped'>z</a>"));
    site.on("/bomb", Response.of(200, "text/html", bomb).header("Content-Encoding", "gzip"));
    site.on("/zipped", Response.html("<title>عربي 中文</title>").gzipped());

    crawl(CrawlOptions.DEFAULTS.withMaxPageBytes(1 << 20));

    FetchedPage b = rec.get(site.url("/bomb"));
    assertThat(bomb.length).isLessThan(1 << 20);
    assertThat(b.truncated()).isTrue();
    assertThat(b.body()).hasSize(1 << 20);
    assertThat(rec.get(site.url("/zipped")).document().title()).isEqualTo("عربي 中文");
  }

  @Test
  void brokenCharsetsFallBackSafely() {
    byte[] latin1 = "<title>café</title>".getBytes(StandardCharsets.ISO_8859_1);
    site.on(
        "/", Response.html("<a href='/bogus'>a</a> <a href='/meta'>b</a> <a href='/binary'>c</a>"));
    site.on(
        "/bogus",
        Response.of(
            200,
            "text/html; charset=\"no-such-charset\"",
            "<title>😀 ok</title>".getBytes(StandardCharsets.UTF_8)));
    site.on(
        "/meta",
        Response.of(
            200,
            "text/html",
            ("<meta charset=iso-8859-1>" + new String(latin1, StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1)));
    byte[] junk = new byte[5000];
    new java.util.Random(7).nextBytes(junk);
    site.on("/binary", Response.of(200, "text/html; charset=utf-16", junk));

    crawl(CrawlOptions.DEFAULTS);

    assertThat(rec.get(site.url("/bogus")).document().title()).isEqualTo("😀 ok");
    assertThat(rec.get(site.url("/bogus")).charset()).isEqualTo("no-such-charset");
    assertThat(rec.get(site.url("/meta")).document().title()).isEqualTo("café");
    assertThat(rec.get(site.url("/binary")).status()).isEqualTo(200);
  }

  @Test
  void crawlTrapsAreBounded() {
    site.on(
        "/",
        Response.html(
            "<a href='/cal?d=0'>calendar</a> <a href='/days/2024/01/01/'>days</a>"
                + "<a href='/a/b/a/b/a/b/a/b/'>loop</a> <a href='/s;jsessionid=ABC123'>s</a>"
                + "<a href='/s?sid=42'>s2</a> <a href='/q?a=1&b=2&c=3&d=4'>many</a>"));
    site.dynamic(
        p -> {
          if (p.startsWith("/cal?d=")) {
            int d = Integer.parseInt(p.substring(7));
            return java.util.Optional.of(
                Response.html("<a href='/cal?d=" + (d + 1) + "'>next</a>"));
          }
          if (p.startsWith("/days/")) {
            String[] part = p.split("/");
            int day = Integer.parseInt(part[4]) * 31 + Integer.parseInt(part[3]);
            return java.util.Optional.of(
                Response.html("<a href='/days/2024/" + (day + 1) + "/1/'>next</a>"));
          }
          return java.util.Optional.empty();
        });
    site.on("/s", Response.html("session page"));

    CrawlSummary s =
        crawl(
            CrawlOptions.DEFAULTS
                .withMaxUrlsPerPath(30)
                .withMaxUrlsPerPathPattern(40)
                .withMaxQueryParams(3));

    assertThat(site.requests().stream().filter(r -> r.contains("/cal?"))).hasSize(30);
    assertThat(site.requests().stream().filter(r -> r.contains("/days/"))).hasSize(40);
    assertThat(s.skipped())
        .containsEntry("path-cap", 1L)
        .containsEntry("pattern-cap", 1L)
        .containsEntry("repeated-segments", 1L)
        .containsEntry("too-many-params", 1L);
    assertThat(site.count("/s")).isEqualTo(1);
    assertThat(rec.urls()).contains(site.url("/s")).doesNotContain(site.url("/s?sid=42"));
  }
}
