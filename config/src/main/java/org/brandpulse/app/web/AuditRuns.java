package org.brandpulse.app.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit runs for the audits page (their findings come from {@code AuditStore}). */
public class AuditRuns {

  /**
   * One audit run.
   *
   * @param id the run id
   * @param site the site's configured name
   * @param startUrl where the crawl started
   * @param finishedAt when it finished
   * @param pages pages crawled
   * @param healthScore 0 to 100
   * @param completed false when the crawl stopped early
   * @param findings how many findings it has
   */
  public record Run(
      long id,
      String site,
      String startUrl,
      Instant finishedAt,
      int pages,
      double healthScore,
      boolean completed,
      long findings) {}

  private static final String SELECT =
      "SELECT R.AUDIT_ID, R.SITE, R.START_URL, R.FINISHED_AT, R.PAGES, R.HEALTH_SCORE,"
          + " R.COMPLETED, (SELECT COUNT(*) FROM AUDIT_FINDING F WHERE F.AUDIT_ID = R.AUDIT_ID)"
          + " AS FINDINGS FROM AUDIT_RUN R";

  private final JdbcTemplate jdbc;

  public AuditRuns(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The newest runs first, at most {@code limit}. */
  public List<Run> list(int limit) {
    return jdbc.query(
        SELECT + " ORDER BY R.AUDIT_ID DESC FETCH FIRST " + limit + " ROWS ONLY", AuditRuns::row);
  }

  /** One run. */
  public Optional<Run> get(long id) {
    return jdbc.query(SELECT + " WHERE R.AUDIT_ID = ?", AuditRuns::row, id).stream().findFirst();
  }

  private static Run row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    Timestamp finished = rs.getTimestamp("FINISHED_AT");
    return new Run(
        rs.getLong("AUDIT_ID"),
        rs.getString("SITE"),
        rs.getString("START_URL"),
        finished == null ? null : finished.toInstant(),
        rs.getInt("PAGES"),
        rs.getDouble("HEALTH_SCORE"),
        rs.getBoolean("COMPLETED"),
        rs.getLong("FINDINGS"));
  }
}
