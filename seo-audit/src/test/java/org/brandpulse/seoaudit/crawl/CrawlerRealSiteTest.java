package org.brandpulse.seoaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.brandpulse.seoaudit.testing.SiteServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** git's HTML manual (250 pages, see shared/data/sites/SOURCE.txt) crawled end to end. */
class CrawlerRealSiteTest {

  private static final Path SITE =
      Path.of(
          System.getProperty("brandpulse.shared.data", "../shared/data"), "sites", "git-htmldocs");

  @Test
  void crawlsTheWholeGitManual() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(SITE), "shared data absent: " + SITE);
    long htmlFiles;
    try (Stream<Path> files = Files.list(SITE)) {
      htmlFiles = files.filter(p -> p.toString().endsWith(".html")).count();
    }
    CrawlRecorder rec = new CrawlRecorder();
    try (SiteServer site = SiteServer.serving(SITE)) {
      CrawlSummary s =
          new Crawler(
                  CrawlOptions.DEFAULTS
                      .withStartUrl(site.url("/git.html"))
                      .withCheckExternalLinks(false),
                  new JdkHttpFetcher())
              .crawl(rec);

      assertThat(s.stopReason()).isEqualTo(CrawlSummary.StopReason.COMPLETED);
      assertThat(s.errors()).isZero();
      var ok =
          rec.pages.stream()
              .filter(p -> p.kind() == PageKind.PAGE && p.status() == 200 && p.isHtml())
              .toList();
      // every page that links can reach is fetched exactly once, as HTML with a parsed document
      assertThat(ok.size()).isGreaterThan((int) (htmlFiles * 0.9));
      assertThat(ok).allSatisfy(p -> assertThat(p.document()).isNotNull());
      assertThat(rec.urls(PageKind.PAGE)).doesNotHaveDuplicates();
      assertThat(rec.get(site.url("/git.html")).outlinks()).hasSizeGreaterThan(100);
      assertThat(rec.robots.get(site.base()).status()).isEqualTo(404);
      assertThat(rec.sitemaps).isEmpty();
      var missing =
          rec.pages.stream().filter(p -> p.status() == 404).map(FetchedPage::requestedUrl).toList();
      System.out.printf(
          "git-htmldocs: %d pages, %d HTML 200, %d 404 %s, %d external checked, %d ms%n",
          s.pagesCrawled(),
          ok.size(),
          missing.size(),
          missing.stream().limit(5).toList(),
          s.linksChecked(),
          java.time.Duration.between(s.startedAt(), s.finishedAt()).toMillis());
    }
  }
}
