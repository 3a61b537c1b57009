package org.brandpulse.app.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The archived reports in {@code REPORT_ARCHIVE} (V6, written by the report job); {@code PATH} is
 * the HTML file, absolute or relative to the data folder. Without that table (a database from
 * before V6) the archive is simply empty.
 */
public class ReportArchive {

  /**
   * One archived report.
   *
   * @param id the report id
   * @param brand the brand
   * @param period the period's label, e.g. {@code 2026-W47}
   * @param granularity day, week or month
   * @param path the HTML file, absolute or relative to the data folder
   * @param createdAt when it was built
   */
  public record Entry(
      long id, String brand, String period, String granularity, String path, Instant createdAt) {}

  private static final String SELECT =
      "SELECT REPORT_ID, BRAND, PERIOD_LABEL, GRANULARITY, PATH, CREATED_AT FROM REPORT_ARCHIVE";

  private final JdbcTemplate jdbc;

  public ReportArchive(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The newest reports first, at most {@code limit}; empty when there is no archive table yet. */
  public List<Entry> list(int limit) {
    try {
      return jdbc.query(
          SELECT + " ORDER BY CREATED_AT DESC FETCH FIRST " + limit + " ROWS ONLY",
          ReportArchive::row);
    } catch (BadSqlGrammarException noTableYet) {
      return List.of();
    }
  }

  /** One report. */
  public Optional<Entry> get(long id) {
    try {
      return jdbc.query(SELECT + " WHERE REPORT_ID = ?", ReportArchive::row, id).stream()
          .findFirst();
    } catch (BadSqlGrammarException noTableYet) {
      return Optional.empty();
    }
  }

  private static Entry row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    Timestamp created = rs.getTimestamp("CREATED_AT");
    return new Entry(
        rs.getLong("REPORT_ID"),
        rs.getString("BRAND"),
        rs.getString("PERIOD_LABEL"),
        rs.getString("GRANULARITY"),
        rs.getString("PATH"),
        created == null ? null : created.toInstant());
  }
}
