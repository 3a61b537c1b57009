package org.brandpulse.reporting.report.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.reporting.period.Granularity;
import org.brandpulse.reporting.period.Growth;
import org.brandpulse.reporting.period.GrowthService;
import org.brandpulse.reporting.period.Period;
import org.brandpulse.reporting.period.SiteRef;
import org.brandpulse.reporting.report.Block;
import org.brandpulse.reporting.report.Kpi;
import org.brandpulse.reporting.report.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The traffic sections of a report, built against stored site metrics. */
class TrafficSectionsTest {

  private static final SiteRef SHOP = new SiteRef("shop", null, null, ZoneId.of("UTC"));
  private static final Period WEEK = Period.containing(Granularity.WEEK, LocalDate.of(2026, 3, 11));

  @TempDir Path dir;
  private FakeReportData data;
  private TrafficSections traffic;

  @BeforeEach
  void open() throws Exception {
    data = new FakeReportData(dir);
    traffic =
        new TrafficSections(
            new GrowthService(data.metrics(), data.searchRanges(), data.posts()), data.metrics());
  }

  @AfterEach
  void close() throws Exception {
    data.close();
  }

  private void sessions(Period p, double perDay) {
    data.metrics.total("shop", "logs", Metric.SESSIONS, p.start(), p.end(), perDay);
    data.metrics.total("shop", "logs", Metric.VISITORS, p.start(), p.end(), perDay / 2);
    data.metrics.total("shop", "logs", Metric.CONVERSIONS, p.start(), p.end(), perDay / 20);
  }

  @Test
  void noStoredSessionsMeansNoGrowth() throws Exception {
    assertThat(traffic.growth(SHOP, WEEK)).isNull();
  }

  @Test
  void kpisCompareWithThePreviousPeriod() throws Exception {
    sessions(WEEK.previous(), 100);
    sessions(WEEK, 200);

    List<Kpi> kpis = TrafficSections.kpis(traffic.growth(SHOP, WEEK));

    assertThat(kpis)
        .extracting(Kpi::name)
        .containsExactly("Sessions", "Users", "Conversions", "Conversion rate");
    assertThat(kpis.get(0).value()).isEqualTo(1400);
    assertThat(kpis.get(0).previous()).isEqualTo(700);
    assertThat(kpis.get(3).value()).isEqualTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aPartialPeriodSaysSoInEveryKpiAndHasNoPreviousValue() throws Exception {
    sessions(WEEK.previous(), 100);
    sessions(WEEK, 200);
    data.metrics.hours("shop", "logs", WEEK.end(), 11);

    List<Kpi> kpis = TrafficSections.kpis(traffic.growth(SHOP, WEEK));

    assertThat(kpis).allMatch(k -> k.name().contains("(PARTIAL period: 155 of 168 hours)"));
    assertThat(kpis).allMatch(k -> k.previous() == null);
  }

  @Test
  void trafficShowsSessionsByDayAndChannel() throws Exception {
    sessions(WEEK.previous(), 100);
    sessions(WEEK, 200);
    for (LocalDate d : WEEK.days().toList()) {
      data.metrics.put("shop", "logs", Dimension.CHANNEL, "Social", Metric.SESSIONS, d, 120);
      data.metrics.put("shop", "logs", Dimension.CHANNEL, "Direct", Metric.SESSIONS, d, 80);
      data.metrics.put("shop", "logs", Dimension.LANDING_PAGE, "/p%C3%A5ge", Metric.SESSIONS, d, 9);
    }
    Growth g = traffic.growth(SHOP, WEEK);

    Section t = traffic.traffic(SHOP, g, WEEK);
    Section pages = traffic.landingPages(g);

    assertThat(t.blocks()).filteredOn(b -> b instanceof Block.Chart).hasSizeGreaterThanOrEqualTo(1);
    assertThat(pages.present()).isTrue();
    Block.Table table = (Block.Table) pages.blocks().get(1);
    assertThat(table.table().rows().get(0).get(0)).isEqualTo("/påge");
  }

  @Test
  void aSourceWithoutLandingPagesSaysSo() throws Exception {
    sessions(WEEK.previous(), 100);
    sessions(WEEK, 200);

    Section pages = traffic.landingPages(traffic.growth(SHOP, WEEK));

    assertThat(pages.absentReason()).isEqualTo("the traffic source (logs) has no landing pages");
  }
}
