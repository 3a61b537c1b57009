package org.brandpulse.app.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.brandpulse.ingest.source.SkippedRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The skip report: every record the ingest job could not read or process, with where and why.
 * Recording is idempotent per (source, location, reason), so a replayed chunk records nothing
 * twice.
 */
@Component
public class SkipReport {

  /** A skipped record as reported. */
  public record Entry(
      long jobExecutionId, String source, String location, String reason, String text) {}

  private static final int MAX_REASON = 500;
  private static final int MAX_LOCATION = 1000;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public SkipReport(JdbcTemplate jdbc, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /** Records a skipped record for a job execution. */
  public void record(Long jobExecutionId, SkippedRecord skipped) {
    String location = clip(skipped.location(), MAX_LOCATION);
    String reason = clip(skipped.reason(), MAX_REASON);
    Integer existing =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM INGEST_SKIP WHERE SOURCE_NAME = ? AND LOCATION = ? AND REASON = ?",
            Integer.class,
            skipped.source(),
            location,
            reason);
    if (existing != null && existing > 0) {
      return;
    }
    jdbc.update(
        "INSERT INTO INGEST_SKIP (JOB_EXECUTION_ID, SOURCE_NAME, LOCATION, REASON, CLIPPED_TEXT,"
            + " RECORDED_AT) VALUES (?, ?, ?, ?, ?, ?)",
        jobExecutionId,
        skipped.source(),
        location,
        reason,
        skipped.text(),
        Timestamp.from(clock.instant()));
  }

  /** What was skipped in the given job executions, oldest first. */
  public List<Entry> forExecutions(List<Long> jobExecutionIds) {
    if (jobExecutionIds.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", jobExecutionIds.stream().map(id -> "?").toList());
    return jdbc.query(
        "SELECT JOB_EXECUTION_ID, SOURCE_NAME, LOCATION, REASON, CLIPPED_TEXT FROM INGEST_SKIP"
            + " WHERE JOB_EXECUTION_ID IN ("
            + in
            + ") ORDER BY SKIP_ID",
        (rs, i) ->
            new Entry(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
        jobExecutionIds.toArray());
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
