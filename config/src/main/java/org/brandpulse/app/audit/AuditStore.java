package org.brandpulse.app.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.brandpulse.ingest.text.CleanText;
import org.brandpulse.seoaudit.audit.AuditResult;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.Severity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Audit runs and their findings in the JDBC database. */
@Component
public class AuditStore {

  /** A stored run. */
  public record Run(long id, String site, String startUrl, double healthScore, int pages) {}

  private final JdbcTemplate jdbc;

  public AuditStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The generated key's column as the database spells it: the PostgreSQL driver quotes the name in
   * its {@code RETURNING} clause, and PostgreSQL folds unquoted identifiers to lower case.
   */
  static String keyColumn(java.sql.Connection con) throws java.sql.SQLException {
    return "PostgreSQL".equals(con.getMetaData().getDatabaseProductName())
        ? "audit_id"
        : "AUDIT_ID";
  }

  /** Stores a run and its findings in one transaction; returns the run id. */
  @Transactional
  public long save(AuditResult result, String outputDir) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO AUDIT_RUN (SITE, START_URL, STARTED_AT, FINISHED_AT, PAGES,"
                      + " HEALTH_SCORE, COMPLETED, OUTPUT_DIR) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  new String[] {keyColumn(con)});
          ps.setString(1, CleanText.of(result.site()));
          ps.setString(2, CleanText.of(result.startUrl()));
          ps.setTimestamp(3, Timestamp.from(result.startedAt()));
          ps.setTimestamp(4, Timestamp.from(result.finishedAt()));
          ps.setInt(5, result.pages().size());
          ps.setDouble(6, result.healthScore());
          ps.setBoolean(7, result.completed());
          ps.setString(8, outputDir);
          return ps;
        },
        key);
    long id = key.getKey().longValue();
    jdbc.batchUpdate(
        "INSERT INTO AUDIT_FINDING (AUDIT_ID, CHECK_ID, SEVERITY, URL, RELATED_URL, DETAIL)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        result.findings(),
        1_000,
        (ps, f) -> {
          ps.setLong(1, id);
          ps.setString(2, f.check());
          ps.setString(3, f.severity().id());
          // crawled pages are untrusted: a title or link with NUL must not fail the run
          ps.setString(4, CleanText.of(f.url()));
          ps.setString(5, CleanText.of(f.relatedUrl()));
          ps.setString(6, CleanText.of(f.detail()));
        });
    return id;
  }

  /** The latest completed run of a site. */
  public Optional<Run> latest(String site) {
    List<Run> runs =
        jdbc.query(
            "SELECT AUDIT_ID, SITE, START_URL, HEALTH_SCORE, PAGES FROM AUDIT_RUN WHERE SITE = ?"
                + " AND COMPLETED ORDER BY AUDIT_ID DESC",
            (rs, i) ->
                new Run(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getInt(5)),
            site);
    return runs.stream().findFirst();
  }

  /** Every run of a site, oldest first (the health score over time). */
  public List<Run> history(String site) {
    return jdbc.query(
        "SELECT AUDIT_ID, SITE, START_URL, HEALTH_SCORE, PAGES FROM AUDIT_RUN WHERE SITE = ?"
            + " ORDER BY AUDIT_ID",
        (rs, i) ->
            new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getInt(5)),
        site);
  }

  /** A run with its start time. */
  public record Dated(Run run, java.time.Instant startedAt) {}

  /** Completed runs of a site with their start times, oldest first. */
  public List<Dated> timeline(String site) {
    return jdbc.query(
        "SELECT AUDIT_ID, SITE, START_URL, HEALTH_SCORE, PAGES, STARTED_AT FROM AUDIT_RUN WHERE"
            + " SITE = ? AND COMPLETED ORDER BY AUDIT_ID",
        (rs, i) ->
            new Dated(
                new Run(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getInt(5)),
                rs.getTimestamp(6).toInstant()),
        site);
  }

  /** The findings of a run. */
  public List<Finding> findings(long runId) {
    return jdbc.query(
        "SELECT CHECK_ID, SEVERITY, URL, DETAIL, RELATED_URL FROM AUDIT_FINDING WHERE AUDIT_ID = ?"
            + " ORDER BY FINDING_ID",
        (rs, i) ->
            new Finding(
                rs.getString(1),
                Severity.of(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5)),
        runId);
  }
}
