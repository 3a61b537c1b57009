package org.brandpulse.seoaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.brandpulse.seoaudit.audit.AuditDiff;
import org.brandpulse.seoaudit.audit.AuditResult;
import org.brandpulse.seoaudit.audit.PageSummary;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

  private static final String EVIL = "<script>alert('x')</script> & \"quotes\" বাংলা 😀";

  private static AuditResult result() {
    return new AuditResult(
        "https://example.org",
        "https://example.org/",
        Instant.parse("2025-01-02T03:04:05Z"),
        Instant.parse("2025-01-02T03:05:00Z"),
        "COMPLETED",
        87.5,
        List.of(
            new PageSummary(
                "https://example.org/a?q=<b>",
                null,
                200,
                1,
                EVIL,
                250,
                "text/html",
                1234,
                56,
                true,
                2)),
        List.of(
            new Finding("title-too-long", Severity.LOW, "https://example.org/a?q=<b>", EVIL, null),
            new Finding(
                "broken-link",
                Severity.HIGH,
                "https://example.org/",
                "links to HTTP 404,\nline 2",
                "https://example.org/\"gone\"")));
  }

  @Test
  void htmlEscapesCrawledTextAndInlinesECharts() {
    String html = AuditHtml.render(result(), null);
    assertThat(html).doesNotContain("<script>alert");
    assertThat(html)
        .contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;quotes&quot;");
    assertThat(html).contains("বাংলা 😀");
    assertThat(html).contains("q=&lt;b&gt;");
    assertThat(html).contains(ECharts.script().substring(0, 200));
    assertThat(html).doesNotContain("src=\"http").doesNotContain("cdn.");
    assertThat(html).contains("@media print").contains("87.5");
    assertThat(html.split("<script>", -1)).hasSize(3);
  }

  @Test
  void htmlShowsTheDiffAgainstThePreviousAudit() {
    AuditResult now = result();
    AuditDiff diff = AuditDiff.compare(List.of(now.findings().get(1)), now.findings());
    String html = AuditHtml.render(now, diff);
    assertThat(html).contains("1 new").contains("0 fixed").contains("1 persisting");
  }

  @Test
  void jsonRoundTrip(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("audit.json");
    AuditJson.write(result(), file);
    assertThat(Files.readString(file))
        .contains("\"related_url\"")
        .contains("\"severity\" : \"high\"");
    AuditResult back = AuditJson.read(file);
    assertThat(back.findings()).isEqualTo(result().findings());
    assertThat(back.pages().get(0).finalUrl()).isEqualTo("https://example.org/a?q=<b>");
    assertThat(back).isEqualTo(AuditJson.read(file));
    assertThat(back.startedAt()).isEqualTo(result().startedAt());
  }

  @Test
  void csvRoundTripOneFindingPerRow(@TempDir Path dir) throws Exception {
    AuditFiles.write(result(), null, dir);
    List<String> lines = Files.readAllLines(dir.resolve(AuditFiles.CSV));
    assertThat(lines.get(0)).isEqualTo("\ufeffcheck,severity,category,url,related_url,detail");
    assertThat(AuditCsv.read(dir.resolve(AuditFiles.CSV))).isEqualTo(result().findings());
    assertThat(dir.resolve(AuditFiles.HTML)).exists();
    assertThat(AuditJson.read(dir.resolve(AuditFiles.JSON)).healthScore()).isEqualTo(87.5);
  }

  @Test
  void escaperCoversEveryHtmlSpecialCharacter() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;");
    assertThat(Html.escape(null)).isEmpty();
    assertThat(Html.scriptSafe("{\"t\":\"</script>\"}")).doesNotContain("</script>");
  }
}
