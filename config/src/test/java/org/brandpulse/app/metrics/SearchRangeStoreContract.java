package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brandpulse.app.metrics.RealSearchExports.APRIL;
import static org.brandpulse.app.metrics.RealSearchExports.MARCH;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.RangeTotal;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search Console range totals in a JDBC database, on the real export: stored as totals of the
 * export's whole range (SOURCE.txt), never on a day; idempotent; the V14 migration moves totals
 * that earlier versions dated on the export's last day. Subclassed per database.
 */
abstract class SearchRangeStoreContract {

  @TempDir Path dir;

  /** A new, empty database. */
  abstract DataSource freshDatabase() throws Exception;

  /** {@code h2} or {@code postgresql}: the migrations folder. */
  abstract String dialect();

  private JdbcTemplate jdbc;
  private MetricsRepository metrics;
  private SearchRangeRepository ranges;

  @BeforeEach
  void database() throws Exception {
    RealSearchExports.require();
    DataSource ds = freshDatabase();
    migrate(ds, null);
    use(ds);
  }

  private void use(DataSource ds) {
    jdbc = new JdbcTemplate(ds);
    metrics =
        new MetricsRepository(
            jdbc, Clock.fixed(Instant.parse("2026-10-20T06:00:00Z"), ZoneOffset.UTC));
    ranges = new SearchRangeRepository(jdbc);
  }

  private void migrate(DataSource ds, String target) {
    var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration/" + dialect());
    if (target != null) {
      flyway.target(target);
    }
    flyway.load().migrate();
  }

  @Test
  void theRealExportsTablesAreTotalsOfItsWholeRangeNotOfADay() throws Exception {
    metrics.replace("zechanah", RealSearchExports.real(), "{}");

    assertThat(jdbc.queryForList("SELECT DISTINCT DIMENSION FROM SITE_METRIC", String.class))
        .containsExactly("total");
    assertThat(
            jdbc.queryForObject("SELECT COUNT(DISTINCT METRIC_DAY) FROM SITE_METRIC", Long.class))
        .isEqualTo(34);
    assertThat(ranges.ranges("zechanah", "search-console")).containsExactly(MARCH);
    assertThat(sums(MARCH))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "search_query", "68/313/53",
                "search_page", "113/908/49",
                "country", "110/496/45",
                "device", "110/496/3"));
    RangeTotal top = totals(MARCH, Dimension.SEARCH_QUERY, "hci direct");
    assertThat(List.of(top.clicks(), top.impressions(), top.position()))
        .containsExactly(44.0, 71.0, 2.13);
    assertThat(
            jdbc.queryForObject(
                "SELECT CTR FROM SEARCH_RANGE_TOTAL WHERE DIM_KEY = 'hci direct'", Double.class))
        .isCloseTo(44.0 / 71, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void reimportingIsIdempotentAndALaterExportIsKeptBesideTheFirst() throws Exception {
    metrics.replace("zechanah", RealSearchExports.real(), "{}");
    metrics.replace("zechanah", RealSearchExports.real(), "{}");
    assertThat(count()).isEqualTo(53 + 49 + 45 + 3);

    metrics.replace("zechanah", RealSearchExports.later(dir.resolve("later")), "{}");
    metrics.replace("zechanah", RealSearchExports.later(dir.resolve("again")), "{}");

    assertThat(ranges.ranges("zechanah", "search-console")).containsExactly(MARCH, APRIL);
    assertThat(count()).isEqualTo(2L * (53 + 49 + 45 + 3) + 1);
    assertThat(sums(MARCH)).containsEntry("search_query", "68/313/53");
    assertThat(sums(APRIL)).containsEntry("search_query", "53/312/53");
    assertThat(totals(APRIL, Dimension.SEARCH_QUERY, RealSearchExports.HOSTILE_QUERY).clicks())
        .isEqualTo(2);
  }

  @Test
  void anExportWithoutItsDatesTableLeavesTheStoredDailyTotals() throws Exception {
    metrics.replace("zechanah", RealSearchExports.real(), "{}");
    var queriesOnly =
        new org.brandpulse.ingest.metrics.searchconsole.SearchConsoleCsvSource(
            "search-console",
            List.of(RealSearchExports.REAL.resolve("Queries.csv")),
            MARCH.from(),
            MARCH.to());

    metrics.replace("zechanah", queriesOnly.fetch(MARCH.from(), MARCH.to()), "{}");

    assertThat(
            jdbc.queryForObject(
                "SELECT SUM(METRIC_VALUE) FROM SITE_METRIC WHERE METRIC = 'clicks'", Double.class))
        .isEqualTo(110);
    assertThat(sums(MARCH)).containsEntry("search_query", "68/313/53").containsKey("device");
  }

  /** Regression: earlier versions dated the range tables on the export's last day. */
  @Test
  void theV14MigrationMovesTotalsDatedOnTheLastDayToTheirRange() throws Exception {
    DataSource ds = freshDatabase();
    migrate(ds, "12");
    JdbcTemplate old = new JdbcTemplate(ds);
    old.update(
        "INSERT INTO METRIC_IMPORT (SITE, SOURCE_NAME, FROM_DAY, TO_DAY, IMPORTED_AT, VALUE_ROWS,"
            + " SKIPPED) VALUES ('zechanah', 'gsc', DATE '2025-03-17', DATE '2025-04-19',"
            + " TIMESTAMP '2026-01-01 00:00:00', 9, 0)");
    String insert =
        "INSERT INTO SITE_METRIC (SITE, SOURCE_NAME, METRIC_DAY, DIMENSION, DIM_KEY, METRIC,"
            + " METRIC_VALUE) VALUES (?, ?, DATE '2025-04-19', ?, ?, ?, ?)";
    old.update(insert, "zechanah", "gsc", "search_query", "hci direct", "clicks", 44.0);
    old.update(insert, "zechanah", "gsc", "search_query", "hci direct", "impressions", 71.0);
    old.update(insert, "zechanah", "gsc", "search_query", "hci direct", "position", 2.13);
    old.update(insert, "zechanah", "gsc", "country", "United Kingdom", "clicks", 109.0);
    old.update(insert, "zechanah", "gsc", "country", "United Kingdom", "impressions", 304.0);
    old.update(insert, "zechanah", "gsc", "total", "", "clicks", 0.0);
    old.update(insert, "zechanah", "ga4", "country", "United Kingdom", "sessions", 12.0);

    migrate(ds, null);
    use(ds);

    assertThat(
            jdbc.queryForList(
                "SELECT SOURCE_NAME || ' ' || DIMENSION || ' ' || METRIC FROM SITE_METRIC ORDER BY 1",
                String.class))
        .containsExactly("ga4 country sessions", "gsc total clicks");
    assertThat(ranges.ranges("zechanah", "gsc")).containsExactly(MARCH);
    RangeTotal q = ranges.totals("zechanah", "gsc", MARCH, Dimension.SEARCH_QUERY).get(0);
    assertThat(List.of(q.key(), q.clicks(), q.impressions(), q.position()))
        .containsExactly("hci direct", 44.0, 71.0, 2.13);
    RangeTotal c = ranges.totals("zechanah", "gsc", MARCH, Dimension.COUNTRY).get(0);
    assertThat(c.position()).isNull();
    assertThat(c.clicks()).isEqualTo(109);
  }

  private long count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM SEARCH_RANGE_TOTAL", Long.class);
  }

  private RangeTotal totals(
      org.brandpulse.reporting.period.ExportRange range, Dimension dimension, String key) {
    return ranges.totals("zechanah", "search-console", range, dimension).stream()
        .filter(t -> t.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  /** Clicks/impressions/rows per dimension of one range. */
  private Map<String, String> sums(org.brandpulse.reporting.period.ExportRange range) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (Dimension d : Dimension.values()) {
      List<RangeTotal> rows = ranges.totals("zechanah", "search-console", range, d);
      if (!rows.isEmpty()) {
        out.put(
            d.id(),
            String.format(
                java.util.Locale.ROOT,
                "%.0f/%.0f/%d",
                rows.stream().mapToDouble(RangeTotal::clicks).sum(),
                rows.stream().mapToDouble(RangeTotal::impressions).sum(),
                rows.size()));
      }
    }
    return out;
  }
}
