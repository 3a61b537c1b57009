package org.brandpulse.app.metrics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.MetricValue;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.reporting.period.MetricsReader;
import org.brandpulse.reporting.period.SourceCoverage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily site metrics in the JDBC database ({@code SITE_METRIC}, {@code METRIC_IMPORT}).
 *
 * <p>Access logs are stored as contributions, one per log file ({@link #replaceContributions}), so
 * several servers' logs add up. Storing any other batch replaces the site and source's rows of the
 * batch's days in one transaction: re-importing a period gives the same rows, and a failed import
 * leaves the earlier ones. Totals over a whole range (Search Console tables) go to {@link
 * SearchRangeRepository} in the same transaction, never to a day. Reads sum over breakdown values
 * and, for {@link Metric#POSITION}, weight by impressions.
 */
@Component
public class MetricsRepository implements MetricsReader {

  /** One import as recorded. */
  public record Import(
      String site,
      String source,
      LocalDate from,
      LocalDate to,
      Instant importedAt,
      int rows,
      int skipped,
      String summary) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public MetricsRepository(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Replaces the site and source's rows of {@code batch.from()..batch.to()} with the batch, and its
   * range totals of the same ranges ({@link SearchRangeRepository}), and records the import;
   * returns the rows written.
   */
  @Transactional
  public int replace(String site, MetricsBatch batch, String summaryJson) {
    if (!batch.values().isEmpty() || batch.ranges().isEmpty()) {
      // a batch of range totals only (a Search Console export without its Dates table) says
      // nothing about the days: the daily rows another export stored stay
      jdbc.update(
          "DELETE FROM SITE_METRIC WHERE SITE = ? AND SOURCE_NAME = ? AND METRIC_DAY BETWEEN ? AND"
              + " ?",
          site,
          batch.source(),
          Date.valueOf(batch.from()),
          Date.valueOf(batch.to()));
    }
    int rows = insert(site, batch, "");
    rows += SearchRangeRepository.replace(jdbc, site, batch.source(), batch.ranges());
    recordImport(site, batch, rows, summaryJson);
    return rows;
  }

  /**
   * Stores an import made of contributions (access log files, keyed by their fingerprint): each
   * replaces only its own earlier rows of its days, so logs of several servers for the same days
   * add up and importing the same files again gives the same rows. Rows stored before contributions
   * existed (key "") on those days are replaced too, as a whole-day import did. Records {@code
   * whole} as the import; returns the rows written.
   */
  @Transactional
  public int replaceContributions(
      String site,
      MetricsBatch whole,
      Map<String, MetricsBatch> contributions,
      String summaryJson) {
    int rows = 0;
    for (Map.Entry<String, MetricsBatch> c : contributions.entrySet()) {
      MetricsBatch batch = c.getValue();
      jdbc.update(
          "DELETE FROM SITE_METRIC WHERE SITE = ? AND SOURCE_NAME = ? AND CONTRIBUTION IN (?, '')"
              + " AND METRIC_DAY BETWEEN ? AND ?",
          site,
          batch.source(),
          c.getKey(),
          Date.valueOf(batch.from()),
          Date.valueOf(batch.to()));
      rows += insert(site, batch, c.getKey());
    }
    recordImport(site, whole, rows, summaryJson);
    return rows;
  }

  private int insert(String site, MetricsBatch batch, String contribution) {
    Map<List<Object>, MetricValue> merged = new LinkedHashMap<>();
    for (MetricValue v : batch.values()) {
      // a source may report one key twice (e.g. two export tables); the later value wins
      merged.put(List.of(v.day(), v.dimension(), v.key(), v.metric()), v);
    }
    jdbc.batchUpdate(
        "INSERT INTO SITE_METRIC (SITE, SOURCE_NAME, METRIC_DAY, DIMENSION, DIM_KEY, METRIC,"
            + " METRIC_VALUE, CONTRIBUTION) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        List.copyOf(merged.values()),
        1_000,
        (ps, v) -> {
          ps.setString(1, site);
          ps.setString(2, batch.source());
          ps.setDate(3, Date.valueOf(v.day()));
          ps.setString(4, v.dimension().id());
          ps.setString(5, v.key());
          ps.setString(6, v.metric().id());
          ps.setDouble(7, v.value());
          ps.setString(8, contribution);
        });
    return merged.size();
  }

  private void recordImport(String site, MetricsBatch batch, int rows, String summaryJson) {
    jdbc.update(
        "INSERT INTO METRIC_IMPORT (SITE, SOURCE_NAME, FROM_DAY, TO_DAY, IMPORTED_AT, VALUE_ROWS,"
            + " SKIPPED, SUMMARY) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        site,
        batch.source(),
        Date.valueOf(batch.from()),
        Date.valueOf(batch.to()),
        Timestamp.from(clock.instant()),
        rows,
        batch.skipped().size(),
        summaryJson);
  }

  /** The sources with data for a site, and their day ranges, by name. */
  @Override
  public List<SourceCoverage> coverage(String site) {
    return jdbc.query(
        "SELECT SOURCE_NAME, MIN(METRIC_DAY), MAX(METRIC_DAY), COUNT(DISTINCT METRIC_DAY)"
            + " FROM SITE_METRIC WHERE SITE = ? GROUP BY SOURCE_NAME ORDER BY SOURCE_NAME",
        (rs, i) ->
            new SourceCoverage(
                rs.getString(1),
                rs.getDate(2).toLocalDate(),
                rs.getDate(3).toLocalDate(),
                rs.getLong(4)),
        site);
  }

  /** The latest imports of a site, newest first. */
  public List<Import> imports(String site, int limit) {
    return jdbc.query(
        "SELECT SITE, SOURCE_NAME, FROM_DAY, TO_DAY, IMPORTED_AT, VALUE_ROWS, SKIPPED, SUMMARY"
            + " FROM METRIC_IMPORT WHERE SITE = ? ORDER BY IMPORT_ID DESC FETCH FIRST "
            + Math.max(1, limit)
            + " ROWS ONLY",
        (rs, i) ->
            new Import(
                rs.getString(1),
                rs.getString(2),
                rs.getDate(3).toLocalDate(),
                rs.getDate(4).toLocalDate(),
                rs.getTimestamp(5).toInstant(),
                rs.getInt(6),
                rs.getInt(7),
                rs.getString(8)),
        site);
  }

  /**
   * One metric per day of {@code from..to} for a breakdown value ({@code key} null = all values
   * summed), from one source; days without data are absent.
   */
  @Override
  public NavigableMap<LocalDate, Double> series(
      String site,
      String source,
      Dimension dimension,
      String key,
      Metric metric,
      LocalDate from,
      LocalDate to) {
    if (metric == Metric.POSITION && key == null) {
      return weightedPosition(site, source, dimension, from, to);
    }
    NavigableMap<LocalDate, Double> out = new TreeMap<>();
    breakdown(site, source, dimension, metric, from, to)
        .forEach(
            (k, days) -> {
              if (key == null || key.equals(k)) {
                days.forEach((d, v) -> out.merge(d, v, Double::sum));
              }
            });
    if (out.isEmpty() && dimension == Dimension.TOTAL) {
      // Exports of one breakdown (a GA4 channel report) carry no total row: channels partition
      // the sessions, so their sum is the total (for visitors a slight over-count of people seen
      // in two channels on one day).
      return series(site, source, Dimension.CHANNEL, null, metric, from, to);
    }
    return out;
  }

  /** One metric per breakdown value and day of {@code from..to}, from one source. */
  @Override
  public Map<String, NavigableMap<LocalDate, Double>> breakdown(
      String site,
      String source,
      Dimension dimension,
      Metric metric,
      LocalDate from,
      LocalDate to) {
    Map<String, NavigableMap<LocalDate, Double>> out = new TreeMap<>();
    jdbc.query(
        "SELECT DIM_KEY, METRIC_DAY, METRIC_VALUE FROM SITE_METRIC WHERE SITE = ? AND SOURCE_NAME"
            + " = ? AND DIMENSION = ? AND METRIC = ? AND METRIC_DAY BETWEEN ? AND ?",
        rs -> {
          out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
              .merge(rs.getDate(2).toLocalDate(), rs.getDouble(3), Double::sum);
        },
        site,
        source,
        dimension.id(),
        metric.id(),
        Date.valueOf(from),
        Date.valueOf(to));
    return out;
  }

  /**
   * The hours of each day of {@code from..to} a source's data covers, where it recorded them
   * (access logs do); several files of the same day count the widest, not the sum.
   */
  @Override
  public NavigableMap<LocalDate, Double> coveredHours(
      String site, String source, LocalDate from, LocalDate to) {
    NavigableMap<LocalDate, Double> out = new TreeMap<>();
    jdbc.query(
        "SELECT METRIC_DAY, MAX(METRIC_VALUE) FROM SITE_METRIC WHERE SITE = ? AND SOURCE_NAME = ?"
            + " AND DIMENSION = ? AND METRIC = ? AND METRIC_DAY BETWEEN ? AND ? GROUP BY"
            + " METRIC_DAY",
        rs -> {
          out.put(rs.getDate(1).toLocalDate(), rs.getDouble(2));
        },
        site,
        source,
        Dimension.TOTAL.id(),
        Metric.COVERED_HOURS.id(),
        Date.valueOf(from),
        Date.valueOf(to));
    return out;
  }

  private NavigableMap<LocalDate, Double> weightedPosition(
      String site, String source, Dimension dimension, LocalDate from, LocalDate to) {
    NavigableMap<LocalDate, Double> out = new TreeMap<>();
    jdbc.query(
        "SELECT p.METRIC_DAY, SUM(p.METRIC_VALUE * i.METRIC_VALUE) / SUM(i.METRIC_VALUE)"
            + " FROM SITE_METRIC p JOIN SITE_METRIC i ON i.SITE = p.SITE AND i.SOURCE_NAME ="
            + " p.SOURCE_NAME AND i.METRIC_DAY = p.METRIC_DAY AND i.DIMENSION = p.DIMENSION AND"
            + " i.DIM_KEY = p.DIM_KEY AND i.METRIC = 'impressions' WHERE p.SITE = ? AND"
            + " p.SOURCE_NAME = ? AND p.DIMENSION = ? AND p.METRIC = 'position' AND p.METRIC_DAY"
            + " BETWEEN ? AND ? AND i.METRIC_VALUE > 0 GROUP BY p.METRIC_DAY",
        rs -> {
          out.put(rs.getDate(1).toLocalDate(), rs.getDouble(2));
        },
        site,
        source,
        dimension.id(),
        Date.valueOf(from),
        Date.valueOf(to));
    return out;
  }

  /**
   * The source a site's figures come from when the caller names none: the one with the most days of
   * {@code metric} totals (ties: by name), or null when the site has none.
   */
  @Override
  public String primarySource(String site, Metric metric) {
    List<String> names =
        jdbc.queryForList(
            "SELECT SOURCE_NAME FROM SITE_METRIC WHERE SITE = ? AND DIMENSION = 'total' AND METRIC"
                + " = ? GROUP BY SOURCE_NAME ORDER BY COUNT(*) DESC, SOURCE_NAME",
            String.class,
            site,
            metric.id());
    return names.isEmpty() ? null : names.get(0);
  }
}
