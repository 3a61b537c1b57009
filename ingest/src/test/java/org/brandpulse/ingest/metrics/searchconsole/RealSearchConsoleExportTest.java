package org.brandpulse.ingest.metrics.searchconsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brandpulse.ingest.metrics.MetricRows.ranges;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.MetricValue;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.metrics.RangeTotal;
import org.brandpulse.ingest.testing.RealData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real export of shared/data/real/search-console/zechanah (SOURCE.txt: 2025-03-17..2025-04-19,
 * Dates.csv per day with 110 clicks and 496 impressions; Queries, Pages, Countries and Devices are
 * totals over the whole range, not per day).
 */
class RealSearchConsoleExportTest {

  private static final LocalDate FROM = LocalDate.of(2025, 3, 17);
  private static final LocalDate TO = LocalDate.of(2025, 4, 19);

  private MetricsBatch batch;

  @BeforeEach
  void read() throws Exception {
    Path dates = RealData.require("search-console/zechanah/Dates.csv");
    List<Path> files =
        List.of(
            dates,
            dates.resolveSibling("Queries.csv"),
            dates.resolveSibling("Pages.csv"),
            dates.resolveSibling("Countries.csv"),
            dates.resolveSibling("Devices.csv"),
            dates.resolveSibling("Search appearance.csv"));
    batch = new SearchConsoleCsvSource("gsc", files).fetch(FROM, FROM);
  }

  @Test
  void dailyTotalsAreTheDatesTableOnly() {
    assertThat(batch.from()).isEqualTo(FROM);
    assertThat(batch.to()).isEqualTo(TO);
    assertThat(batch.values()).allMatch(v -> v.dimension() == Dimension.TOTAL);
    assertThat(batch.values().stream().map(MetricValue::day).distinct()).hasSize(34);
    assertThat(sum(Metric.CLICKS)).isEqualTo(110);
    assertThat(sum(Metric.IMPRESSIONS)).isEqualTo(496);
    assertThat(batch.skipped()).isEmpty();
  }

  @Test
  void rangeTablesAreTotalsOfTheWholeRangeNotOfOneDay() {
    assertThat(batch.ranges())
        .hasSize(53 + 49 + 45 + 3)
        .allMatch(r -> r.from().equals(FROM) && r.to().equals(TO));
  }

  /**
   * Queries leave out anonymised queries; a page counts each impression of it, so pages add up to
   * more.
   */
  @ParameterizedTest
  @CsvSource({
    "search_query, 68, 313",
    "search_page, 113, 908",
    "country, 110, 496",
    "device, 110, 496"
  })
  void eachTableAddsUpAsExported(String dimension, double clicks, double impressions) {
    List<RangeTotal> rows =
        batch.ranges().stream().filter(r -> r.dimension() == Dimension.ofId(dimension)).toList();
    assertThat(rows.stream().mapToDouble(RangeTotal::clicks).sum()).isEqualTo(clicks);
    assertThat(rows.stream().mapToDouble(RangeTotal::impressions).sum()).isEqualTo(impressions);
  }

  @Test
  void topQueriesAndPagesAreAsExported() {
    assertThat(ranges(batch))
        .containsEntry("2025-03-17..2025-04-19 search_query 'hci direct'", "44/71/2.13")
        .containsEntry("2025-03-17..2025-04-19 search_query 'hcidirect'", "23/30/1.33")
        .containsEntry(
            "2025-03-17..2025-04-19 search_page 'https://www.hcidirect.co.uk/'", "96/243/8.84")
        .containsEntry("2025-03-17..2025-04-19 device 'Desktop'", "64/358/22.50")
        .containsEntry("2025-03-17..2025-04-19 country 'United Kingdom'", "109/304/12.91");
  }

  private double sum(Metric metric) {
    return batch.values().stream()
        .filter(v -> v.metric() == metric)
        .mapToDouble(MetricValue::value)
        .sum();
  }
}
