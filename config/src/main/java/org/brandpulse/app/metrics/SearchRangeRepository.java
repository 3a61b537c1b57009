package org.brandpulse.app.metrics;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.RangeTotal;
import org.brandpulse.reporting.period.ExportRange;
import org.brandpulse.reporting.period.SearchRangeReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Search Console range totals in the JDBC database ({@code SEARCH_RANGE_TOTAL}): a query's, page's,
 * country's or device's totals over one export's whole range, never dated on a day. Storing totals
 * replaces those of the same site, source and range only, so re-importing an export leaves the same
 * rows and exports of other ranges stay side by side.
 */
@Component
public class SearchRangeRepository implements SearchRangeReader {

  private final JdbcTemplate jdbc;

  public SearchRangeRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Replaces the stored totals of each range and breakdown the given totals cover (an export's
   * Queries table replaces that range's queries, and leaves its pages); returns the rows written.
   * Runs in the caller's transaction ({@link MetricsRepository#replace}).
   */
  static int replace(JdbcTemplate jdbc, String site, String source, List<RangeTotal> totals) {
    Set<List<Object>> tables = new LinkedHashSet<>();
    totals.forEach(t -> tables.add(List.of(t.from(), t.to(), t.dimension())));
    for (List<Object> table : tables) {
      jdbc.update(
          "DELETE FROM SEARCH_RANGE_TOTAL WHERE SITE = ? AND SOURCE_NAME = ? AND FROM_DAY = ? AND"
              + " TO_DAY = ? AND DIMENSION = ?",
          site,
          source,
          Date.valueOf((java.time.LocalDate) table.get(0)),
          Date.valueOf((java.time.LocalDate) table.get(1)),
          ((Dimension) table.get(2)).id());
    }
    // a key clipped to the column's length can meet another one: the later row wins
    java.util.Map<List<Object>, RangeTotal> unique = new java.util.LinkedHashMap<>();
    totals.forEach(t -> unique.put(List.of(t.from(), t.to(), t.dimension(), t.key()), t));
    jdbc.batchUpdate(
        "INSERT INTO SEARCH_RANGE_TOTAL (SITE, SOURCE_NAME, FROM_DAY, TO_DAY, DIMENSION, DIM_KEY,"
            + " CLICKS, IMPRESSIONS, CTR, POSITION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        List.copyOf(unique.values()),
        1_000,
        (ps, t) -> bind(ps, site, source, t));
    return unique.size();
  }

  private static void bind(PreparedStatement ps, String site, String source, RangeTotal t)
      throws SQLException {
    ps.setString(1, site);
    ps.setString(2, source);
    ps.setDate(3, Date.valueOf(t.from()));
    ps.setDate(4, Date.valueOf(t.to()));
    ps.setString(5, t.dimension().id());
    ps.setString(6, t.key());
    ps.setDouble(7, t.clicks());
    ps.setDouble(8, t.impressions());
    if (t.ctr() == null) {
      ps.setNull(9, Types.DOUBLE);
    } else {
      ps.setDouble(9, t.ctr());
    }
    if (t.position() == null) {
      ps.setNull(10, Types.DOUBLE);
    } else {
      ps.setDouble(10, t.position());
    }
  }

  /** The export ranges stored for a site's source, by last day then first day. */
  @Override
  public List<ExportRange> ranges(String site, String source) {
    return jdbc.query(
        "SELECT DISTINCT FROM_DAY, TO_DAY FROM SEARCH_RANGE_TOTAL WHERE SITE = ? AND SOURCE_NAME ="
            + " ? ORDER BY TO_DAY, FROM_DAY",
        (rs, i) -> new ExportRange(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()),
        site,
        source);
  }

  /** The sources of a site with range totals, by name. */
  @Override
  public List<String> sources(String site) {
    return jdbc.queryForList(
        "SELECT DISTINCT SOURCE_NAME FROM SEARCH_RANGE_TOTAL WHERE SITE = ? ORDER BY SOURCE_NAME",
        String.class,
        site);
  }

  /** The totals of one breakdown over one stored range, in no particular order. */
  @Override
  public List<RangeTotal> totals(
      String site, String source, ExportRange range, Dimension dimension) {
    return jdbc.query(
        "SELECT DIM_KEY, CLICKS, IMPRESSIONS, POSITION FROM SEARCH_RANGE_TOTAL WHERE SITE = ? AND"
            + " SOURCE_NAME = ? AND FROM_DAY = ? AND TO_DAY = ? AND DIMENSION = ?",
        (rs, i) -> {
          double position = rs.getDouble(4);
          Double known = rs.wasNull() ? null : position;
          return new RangeTotal(
              range.from(),
              range.to(),
              dimension,
              rs.getString(1),
              rs.getDouble(2),
              rs.getDouble(3),
              known);
        },
        site,
        source,
        Date.valueOf(range.from()),
        Date.valueOf(range.to()),
        dimension.id());
  }
}
