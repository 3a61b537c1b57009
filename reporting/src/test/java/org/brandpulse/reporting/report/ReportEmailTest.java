package org.brandpulse.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.brandpulse.reporting.chart.PngRasterizer;
import org.brandpulse.reporting.chart.SharedRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportEmailTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static EmailParts parts;

  @BeforeAll
  static void compose() {
    ReportModel model =
        ReportFixtures.builder()
            .absent(SectionKind.SEO, "no audit has run for <this> site")
            .build();
    ReportEmail email =
        new ReportEmail(new ReportHtmlRenderer(), SharedRenderer.get(), new PngRasterizer());
    long start = System.nanoTime();
    parts = email.compose(model);
    System.out.printf(
        Locale.ROOT,
        "SSR: email with %d charts composed in %d ms%n",
        parts.images().size(),
        (System.nanoTime() - start) / 1_000_000);
  }

  @Test
  void subjectAndAttachment() {
    assertThat(parts.subject()).isEqualTo("Brandpulse ব্র্যান্ড: week report 2026-W48");
    assertThat(parts.attachmentName()).isEqualTo("brandpulse-brandpulse-2026-W48.html");
    assertThat(new String(parts.attachment(), StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("data-charts-rendered");
  }

  @Test
  void chartsArePngsReferencedByContentId() {
    assertThat(parts.images())
        .extracting(EmailParts.InlineImage::contentId)
        .containsExactly(
            "chart-traffic-by-day@brandpulse",
            "chart-search-by-day@brandpulse",
            "chart-mentions-by-day@brandpulse",
            "chart-share-of-voice@brandpulse");
    Document doc = Jsoup.parse(parts.html());
    assertThat(doc.select("img").eachAttr("src"))
        .containsExactly(
            "cid:chart-traffic-by-day@brandpulse",
            "cid:chart-search-by-day@brandpulse",
            "cid:chart-mentions-by-day@brandpulse",
            "cid:chart-share-of-voice@brandpulse");
    for (EmailParts.InlineImage image : parts.images()) {
      assertThat(image.bytes()).startsWith(PNG_SIGNATURE);
      assertThat(image.mimeType()).isEqualTo("image/png");
    }
    assertThat(doc.select("img").first().attr("alt")).isEqualTo("Sessions by day and channel");
  }

  @Test
  void htmlBodyHasKpisAndEscapedAbsentReasons() {
    Document doc = Jsoup.parse(parts.html());
    assertThat(doc.select("table").first().select("tr")).hasSize(9);
    assertThat(doc.select("table tr").get(1).text()).isEqualTo("Sessions 14,120 +787 (+5.9 %)");
    assertThat(doc.select("li").eachText())
        .containsExactly("SEO health: no audit has run for <this> site");
    assertThat(parts.html()).contains("no audit has run for &lt;this&gt; site");
    assertThat(doc.select("script, style, link, [onerror]")).isEmpty();
  }

  @Test
  void topSearchQueriesAndPagesWithTheirChangeAreEscaped() {
    Document doc = Jsoup.parse(parts.html());
    assertThat(doc.select("h2").eachText())
        .contains(
            "Top queries of 2026-11-02..2026-11-29 against 2026-10-26..2026-11-22 (3 listed)",
            "Top pages of 2026-11-02..2026-11-29 against 2026-10-26..2026-11-22 (1 listed)");
    assertThat(doc.select("td").eachText())
        .contains(ReportFixtures.SCRIPT_QUERY, "https://brandpulse.example/bn/চা?<b>=1");
    assertThat(parts.html())
        .contains("&lt;script&gt;alert(4)&lt;/script&gt; চা &amp; &quot;offers&quot;")
        .doesNotContain("<script>alert(4)");
    assertThat(parts.text())
        .contains("  brandpulse | 310 | 2,450 | 12.7 % | 1.4 | +30 | -0.2 | kept")
        .contains(
            "  brandpulse مراجعة | – | – | – | – | -9 | – | lost (had 9 clicks, 120 impressions)")
        .contains("  ব্র্যান্ডপালস রিভিউ | 40 | 610 | 6.6 % | 3.1 | +40 | – | new");
  }

  @Test
  void plainTextAlternative() {
    assertThat(parts.text())
        .contains("Brandpulse ব্র্যান্ড: week report 2026-W48")
        .contains("  Sessions         14,120  +787 (+5.9 %)")
        .contains("  Complaints open      17  +8 (+88.9 %)")
        .contains("  - SEO health: no audit has run for <this> site")
        .contains("attached as brandpulse-brandpulse-2026-W48.html");
  }
}
