package org.brandpulse.reporting.report.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brandpulse.ingest.testing.Posts.post;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.reporting.period.Granularity;
import org.brandpulse.reporting.period.Period;
import org.brandpulse.reporting.period.SiteRef;
import org.brandpulse.reporting.report.Block;
import org.brandpulse.reporting.report.CoverageRow;
import org.brandpulse.reporting.report.ReportModel;
import org.brandpulse.reporting.report.Section;
import org.brandpulse.reporting.report.SectionKind;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole report, and its SEO, anomaly and coverage sections, built against stored data. */
class ReportBuilderTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final Period WEEK = Period.containing(Granularity.WEEK, LocalDate.of(2026, 3, 11));
  private static final Instant NOW = Instant.parse("2026-03-16T08:00:00Z");
  private static final ReportBrand BAZARLY =
      new ReportBrand("Bazarly", List.of("bazarly"), List.of());
  private static final SiteRef SHOP =
      new SiteRef("shop", "https://shop.example:8443/home", "Bazarly", UTC);

  @TempDir Path dir;
  private FakeReportData data;
  private ReportBuilder builder;

  @BeforeEach
  void open() throws Exception {
    data = new FakeReportData(dir);
    builder = new ReportBuilder(data);
  }

  @AfterEach
  void close() throws Exception {
    data.close();
  }

  private static Section section(ReportModel m, SectionKind kind) {
    return m.section(kind).orElseThrow();
  }

  @Test
  void aBrandWithoutSiteOrDataGetsEverySectionWithTheReasonItIsEmpty() throws Exception {
    ReportModel m = builder.build(BAZARLY, null, WEEK, NOW, 4);

    assertThat(m.sections()).extracting(Section::kind).containsExactly(SectionKind.values());
    assertThat(section(m, SectionKind.TRAFFIC).absentReason())
        .isEqualTo("no site is configured for Bazarly (sites[].brand)");
    assertThat(section(m, SectionKind.SEO).absentReason())
        .isEqualTo("no site is configured for this brand");
    List<CoverageRow> rows =
        ((Block.Coverage) section(m, SectionKind.COVERAGE).blocks().get(0)).sources();
    assertThat(rows)
        .extracting(CoverageRow::source, CoverageRow::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("posts", CoverageRow.Status.MISSING),
            org.assertj.core.groups.Tuple.tuple("site metrics", CoverageRow.Status.MISSING));
  }

  @Test
  void seoComparesTheLastTwoAuditsOfTheSitesOrigin() throws Exception {
    Finding kept =
        new Finding("title-missing", Severity.HIGH, "https://shop.example:8443/a", "", null);
    Finding fixed =
        new Finding("h1-missing", Severity.MEDIUM, "https://shop.example:8443/b", "", null);
    Finding added =
        new Finding("broken-link", Severity.HIGH, "https://shop.example:8443/%C3%A5", "", null);
    data.audit(
        "https://shop.example:8443",
        new AuditHistory.Audit(1, Instant.parse("2026-03-02T01:00:00Z"), 80, 40),
        List.of(kept, fixed));
    data.audit(
        "https://shop.example:8443",
        new AuditHistory.Audit(2, Instant.parse("2026-03-09T01:00:00Z"), 90, 41),
        List.of(kept, added));

    Section seo = section(builder.build(BAZARLY, SHOP, WEEK, NOW, 4), SectionKind.SEO);

    assertThat(seo.blocks().get(0)).isInstanceOf(Block.Chart.class);
    assertThat(((Block.Note) seo.blocks().get(1)).text())
        .isEqualTo(
            "Last audit 2026-03-09T01:00:00Z: health score 90.0 over 41 pages; 1 new and 1 fixed"
                + " findings since the audit before.");
    assertThat(((Block.Table) seo.blocks().get(2)).table().rows())
        .containsExactly(
            List.of("new", "broken-link", "high", "https://shop.example:8443/å"),
            List.of("fixed", "h1-missing", "medium", "https://shop.example:8443/b"));
  }

  @Test
  void coverageFlagsMissingAndPartialDays() throws Exception {
    data.metrics.total("shop", "logs", Metric.SESSIONS, WEEK.start(), WEEK.end().minusDays(1), 10);
    data.metrics.hours("shop", "logs", WEEK.start(), 14);
    data.posts().upsert(List.of(post("x:1").brands("Bazarly").at("2026-03-11T09:00:00Z").build()));

    ReportModel m = builder.build(BAZARLY, SHOP, WEEK, NOW, 4);

    List<CoverageRow> rows =
        ((Block.Coverage) section(m, SectionKind.COVERAGE).blocks().get(0)).sources();
    assertThat(rows.get(0).source()).isEqualTo("posts: x");
    assertThat(rows.get(0).items()).isEqualTo(1);
    CoverageRow logs = rows.get(1);
    assertThat(logs.source()).isEqualTo("site metrics: shop/logs");
    assertThat(logs.status()).isEqualTo(CoverageRow.Status.PARTIAL);
    assertThat(logs.items()).isEqualTo(6);
    assertThat(logs.note())
        .startsWith("1 of 7 days missing; stored 2026-03-09 .. 2026-03-14")
        .endsWith("; PARTIAL days, with data for only some hours: 2026-03-09 (14.0 h)");
  }

  @Test
  void aSpikeInSessionsIsAnAnomalyExplainedByItsChannel() throws Exception {
    LocalDate from = WEEK.start().minusDays(ReportBuilder.ANOMALY_HISTORY_DAYS);
    for (LocalDate d = from; !d.isAfter(WEEK.end()); d = d.plusDays(1)) {
      double v = 100 + (d.getDayOfMonth() % 3);
      double social = d.equals(WEEK.start().plusDays(2)) ? 400 : 10;
      data.metrics.put(
          "shop",
          "logs",
          org.brandpulse.ingest.metrics.Dimension.TOTAL,
          "",
          Metric.SESSIONS,
          d,
          v + social - 10);
      data.metrics.put(
          "shop",
          "logs",
          org.brandpulse.ingest.metrics.Dimension.CHANNEL,
          "Social",
          Metric.SESSIONS,
          d,
          social);
    }

    Section a = section(builder.build(BAZARLY, SHOP, WEEK, NOW, 4), SectionKind.ANOMALIES);

    assertThat(a.blocks().get(0)).isInstanceOf(Block.Anomalies.class);
    var rows = ((Block.Anomalies) a.blocks().get(0)).anomalies();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).day()).isEqualTo(WEEK.start().plusDays(2));
    assertThat(rows.get(0).toString()).contains("Social sessions +390");
  }
}
