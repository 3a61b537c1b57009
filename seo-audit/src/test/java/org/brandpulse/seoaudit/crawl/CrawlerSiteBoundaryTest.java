package org.brandpulse.seoaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.brandpulse.seoaudit.testing.SiteServer;
import org.brandpulse.seoaudit.testing.SiteServer.Response;
import org.brandpulse.seoaudit.url.UrlNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The crawler keeps to the audited site: a link whose text starts with the site's host but whose
 * user information hides another host, another port of the same host, and private or link-local
 * addresses the site is not on are never crawled as the site.
 */
class CrawlerSiteBoundaryTest {

  private final SiteServer site = SiteServer.start();
  private final SiteServer other = SiteServer.start();
  private final CrawlRecorder rec = new CrawlRecorder();

  @AfterEach
  void stop() {
    site.close();
    other.close();
  }

  @Test
  void userInfoAndOtherPortsAreNotTheSite() {
    int port = other.port();
    other.on("/x", Response.html("<title>the other host's secret</title>"));
    site.on(
        "/",
        Response.html(
            "<a href='http://127.0.0.1:"
                + site.port()
                + "@127.0.0.1:"
                + port
                + "/x'>looks like the site</a>"
                + "<a href='http://127.0.0.1:"
                + port
                + "/x'>same host, other port</a>"
                + "<a href='/ok'>ok</a>"));
    site.on("/ok", Response.html("fine"));

    new Crawler(CrawlOptions.DEFAULTS.withStartUrl(site.url("/")), new JdkHttpFetcher()).crawl(rec);

    assertThat(rec.get(site.url("/ok")).status()).isEqualTo(200);
    assertThat(other.requests())
        .as("the other server is at most checked as an external link, never crawled")
        .allMatch(r -> r.startsWith("HEAD "));
    assertThat(rec.get("http://127.0.0.1:" + port + "/x").kind()).isEqualTo(PageKind.EXTERNAL);
    assertThat(List.copyOf(rec.pages))
        .extracting(FetchedPage::requestedUrl)
        .noneMatch(u -> u.contains("@"));
  }

  @Test
  void urlsWithUserInfoAreRefusedAndAuthorityKeepsThePort() {
    assertThat(UrlNormalizer.normalize("http://127.0.0.1:19001@127.0.0.2:19003/x")).isEmpty();
    assertThat(UrlNormalizer.normalize("https://user:pw@example.org/")).isEmpty();
    assertThat(UrlNormalizer.authority("http://127.0.0.1:8080/a")).isEqualTo("127.0.0.1:8080");
    assertThat(UrlNormalizer.authority("https://example.org/a")).isEqualTo("example.org");
    assertThat(UrlNormalizer.host("http://[::1]:8080/a")).isEqualTo("[::1]");
  }

  @Test
  void privateAndLinkLocalAddressesAreRefusedUnlessTheSiteIsOnOne() throws Exception {
    AddressGuard.Resolver dns =
        host ->
            switch (host) {
              case "shop.example" -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
              case "metadata.example" ->
                  new InetAddress[] {InetAddress.getByName("169.254.169.254")};
              case "intranet.example" -> new InetAddress[] {InetAddress.getByName("10.1.2.3")};
              default -> InetAddress.getAllByName(host);
            };
    List<String> sent = new java.util.ArrayList<>();
    Fetcher recording =
        new Fetcher() {
          @Override
          public RawResponse fetch(FetchRequest request) {
            sent.add(request.url());
            throw new UnsupportedOperationException("no network in this test");
          }

          @Override
          public void close() {}
        };
    AddressGuard publicSite = new AddressGuard(recording, List.of("shop.example"), dns);
    for (String url :
        List.of(
            "http://metadata.example/latest/meta-data/",
            "http://intranet.example/",
            "http://127.0.0.1:9200/",
            "http://169.254.169.254/",
            "http://[::1]/")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> publicSite.fetch(request(url)))
          .as(url)
          .isInstanceOf(java.io.IOException.class)
          .hasMessageContaining("not fetched")
          .hasMessageContaining("the audited site is not on one");
    }
    assertThat(sent).isEmpty();

    AddressGuard localSite = new AddressGuard(recording, List.of("127.0.0.1"), dns);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> localSite.fetch(request("http://localhost:8080/")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(sent).containsExactly("http://localhost:8080/");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> localSite.fetch(request("http://metadata.example/")))
        .hasMessageContaining("link-local");
  }

  private static FetchRequest request(String url) {
    return new FetchRequest(
        url, "GET", "test", java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), 1024);
  }
}
