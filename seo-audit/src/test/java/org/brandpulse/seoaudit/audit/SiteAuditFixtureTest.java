package org.brandpulse.seoaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.brandpulse.seoaudit.checks.Check;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.Severity;
import org.brandpulse.seoaudit.checks.Thresholds;
import org.brandpulse.seoaudit.crawl.CrawlOptions;
import org.brandpulse.seoaudit.crawl.Fetcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole catalogue against the fixture site: every planted defect found, nothing else. The
 * expected findings are the table {@code site/expected-findings.csv} (check, url, related_url).
 */
class SiteAuditFixtureTest {

  private static FixtureSite site;
  private static AuditResult result;

  @BeforeAll
  static void audit() {
    site = new FixtureSite();
    CrawlOptions options =
        CrawlOptions.DEFAULTS
            .withStartUrl(site.base() + "/")
            .withReadTimeout(Duration.ofMillis(5_000))
            .withConnectTimeout(Duration.ofMillis(5_000))
            .withTimeBudget(Duration.ofSeconds(120));
    // slow-response is raised from 800 ms so a busy test machine (a load of 7 on 2 cores made clean
    // pages take 1.5 s) does not make clean pages slow; the planted slow page takes 3.5 s, the
    // planted hang 7.5 s against a 5 s read timeout
    Thresholds thresholds = Thresholds.DEFAULTS.with(Map.of("slow-response", 2_500));
    try (Fetcher fetcher = site.fetcher()) {
      result = SiteAudit.run(options, thresholds, fetcher, p -> {});
    }
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void findsExactlyThePlantedDefects() throws IOException {
    Set<String> expected = expected();
    Set<String> actual =
        result.findings().stream()
            .map(f -> row(f.check(), f.url(), f.relatedUrl()))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    assertThat(missing).as("planted defects not found").isEmpty();
    assertThat(extra).as("findings nobody planted").isEmpty();
  }

  @Test
  void everyCheckIdIsPlantedAtLeastOnce() throws IOException {
    Set<String> planted = new TreeSet<>();
    expected().forEach(r -> planted.add(r.substring(0, r.indexOf(' '))));
    assertThat(planted)
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Check.values()).map(Check::id).toList());
  }

  @Test
  void cleanPagesHaveNoFindingAboveInfo() {
    List<String> clean =
        List.of(
            "/clean-2.html",
            "/clean-bengali.html",
            "/hreflang-en.html",
            "/deep/3.html",
            "/chain-end.html",
            "/img-large.html");
    for (String path : clean) {
      assertThat(result.findings())
          .filteredOn(f -> f.url().equals(site.base() + path))
          .filteredOn(f -> f.severity() != Severity.INFO)
          .as(path)
          .isEmpty();
    }
  }

  @Test
  void pageTableHasTitlesWordsAndDepths() {
    PageSummary bengali =
        result.pages().stream()
            .filter(p -> p.url().equals(site.base() + "/clean-bengali.html"))
            .findFirst()
            .orElseThrow();
    assertThat(bengali.title()).startsWith("বাংলা ভ্রমণ").contains("🏞️");
    assertThat(bengali.status()).isEqualTo(200);
    assertThat(bengali.depth()).isEqualTo(1);
    assertThat(bengali.words()).isGreaterThan(200);
    assertThat(bengali.indexable()).isTrue();
    assertThat(result.healthScore()).isBetween(0.0, 99.0);
    assertThat(result.completed()).isTrue();
  }

  private static Set<String> expected() throws IOException {
    List<String> rows = new ArrayList<>();
    try (InputStream in =
        SiteAuditFixtureTest.class.getResourceAsStream("/site/expected-findings.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("check,")) {
          continue;
        }
        String[] c = line.split(",", -1);
        rows.add(row(c[0], expand(c[1]), c[2].isEmpty() ? null : expand(c[2])));
      }
    }
    return new TreeSet<>(rows);
  }

  private static String expand(String s) {
    return s.replace("{base}", site.base()).replace("{secure}", site.secure());
  }

  private static String row(String check, String url, String related) {
    return check + " " + url + (related == null ? "" : " -> " + related);
  }

  static Finding any() {
    return result.findings().get(0);
  }
}
