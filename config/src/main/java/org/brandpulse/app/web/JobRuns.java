package org.brandpulse.app.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The latest runs of each job, from the Spring Batch job repository's tables. */
public class JobRuns {

  /**
   * One job execution.
   *
   * @param job the job's name
   * @param executionId the execution id
   * @param status the batch status
   * @param exitCode the exit code
   * @param started when it started, or null
   * @param ended when it ended, or null while it runs
   * @param asOf when the run was read (a running job's duration counts to then)
   */
  public record Run(
      String job,
      long executionId,
      String status,
      String exitCode,
      Instant started,
      Instant ended,
      Instant asOf) {

    /** How long it ran (until {@code asOf} while it runs), or null before it started. */
    public Duration duration() {
      return started == null ? null : Duration.between(started, ended == null ? asOf : ended);
    }

    /** The duration as {@code 1h 02m 03s} or {@code 4.2s}. */
    public String durationText() {
      Duration d = duration();
      if (d == null) {
        return "";
      }
      if (d.toSeconds() < 60) {
        return String.format(java.util.Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
      }
      return String.format(
          java.util.Locale.ROOT,
          "%dh %02dm %02ds",
          d.toHours(),
          d.toMinutesPart(),
          d.toSecondsPart());
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public JobRuns(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The newest {@code perJob} executions of every job, by job name then newest first. */
  public List<Run> latest(int perJob) {
    Instant asOf = clock.instant();
    return jdbc.query(
        "SELECT * FROM (SELECT I.JOB_NAME, E.JOB_EXECUTION_ID, E.STATUS, E.EXIT_CODE,"
            + " E.START_TIME, E.END_TIME, ROW_NUMBER() OVER (PARTITION BY I.JOB_NAME ORDER BY"
            + " E.JOB_EXECUTION_ID DESC) AS N FROM BATCH_JOB_EXECUTION E JOIN BATCH_JOB_INSTANCE I"
            + " ON E.JOB_INSTANCE_ID = I.JOB_INSTANCE_ID) R WHERE N <= ?"
            + " ORDER BY JOB_NAME, JOB_EXECUTION_ID DESC",
        (rs, i) ->
            new Run(
                rs.getString("JOB_NAME"),
                rs.getLong("JOB_EXECUTION_ID"),
                rs.getString("STATUS"),
                rs.getString("EXIT_CODE"),
                instant(rs.getTimestamp("START_TIME")),
                instant(rs.getTimestamp("END_TIME")),
                asOf),
        perJob);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
