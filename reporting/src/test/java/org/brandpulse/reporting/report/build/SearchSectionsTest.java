package org.brandpulse.reporting.report.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.RangeTotal;
import org.brandpulse.reporting.period.Granularity;
import org.brandpulse.reporting.period.GrowthService;
import org.brandpulse.reporting.period.Period;
import org.brandpulse.reporting.period.SiteRef;
import org.brandpulse.reporting.report.Section;
import org.brandpulse.reporting.report.SectionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Search Console section, built against stored daily totals and export range totals. */
class SearchSectionsTest {

  private static final SiteRef SHOP = new SiteRef("shop", null, null, ZoneId.of("UTC"));
  private static final Period WEEK = Period.containing(Granularity.WEEK, LocalDate.of(2026, 3, 11));

  @TempDir Path dir;
  private FakeReportData data;
  private SearchSections search;

  @BeforeEach
  void open() throws Exception {
    data = new FakeReportData(dir);
    search =
        new SearchSections(
            new GrowthService(data.metrics(), data.searchRanges(), data.posts()),
            data.metrics(),
            data.searchRanges());
  }

  @AfterEach
  void close() throws Exception {
    data.close();
  }

  @Test
  void withoutSearchConsoleDataItSaysHowToImportIt() throws Exception {
    data.metrics.total("shop", "logs", Metric.SESSIONS, WEEK.start(), WEEK.end(), 10);

    Section s = search.search(SHOP, WEEK);

    assertThat(s.kind()).isEqualTo(SectionKind.SEARCH);
    assertThat(s.absentReason())
        .isEqualTo(
            "no Search Console data is stored for shop (brandpulse metrics import --site shop"
                + " --search-console FILE_OR_DIR)");
  }

  @Test
  void theSourceWithRangeTotalsIsShownEvenBesideAnAccessLog() throws Exception {
    data.metrics.total("shop", "logs", Metric.SESSIONS, WEEK.previous().start(), WEEK.end(), 10);
    data.metrics.total("shop", "gsc", Metric.CLICKS, WEEK.start(), WEEK.end(), 3);
    data.metrics.total("shop", "gsc", Metric.IMPRESSIONS, WEEK.start(), WEEK.end(), 40);
    data.metrics.total("shop", "gsc", Metric.POSITION, WEEK.start(), WEEK.end(), 3.5);
    data.metrics.range(
        "shop",
        "gsc",
        new RangeTotal(WEEK.start(), WEEK.end(), Dimension.SEARCH_QUERY, "jamdani", 21, 280, 3.5));

    Section s = search.search(SHOP, WEEK);

    assertThat(s.present()).isTrue();
    assertThat(s.blocks()).isNotEmpty();
    assertThat(s.toString()).contains("jamdani").contains("gsc");
  }
}
