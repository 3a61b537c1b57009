package org.brandpulse.app.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each post source continues: the {@code SOURCE_CURSOR} table, one row per source name.
 *
 * <p>{@link #save} is called by the source's reader when its chunk commits, inside that chunk's
 * transaction (Spring Batch updates the item streams and the step execution context there too), so
 * the row and the step context always agree: a crash before the commit leaves both at the previous
 * chunk. A source without a row yet starts from the newest step execution context that holds its
 * cursor (an installation from before the table, when the cursor lived only there).
 */
@Component
public class SourceCursors {

  private final JdbcTemplate jdbc;
  private final JobRepository jobRepository;

  public SourceCursors(JdbcTemplate jdbc, JobRepository jobRepository) {
    this.jdbc = jdbc;
    this.jobRepository = jobRepository;
  }

  /** The stored cursor of {@code source}, if it has a row. */
  public Optional<String> find(String source) {
    List<String> rows =
        jdbc.queryForList(
            "SELECT NEXT_CURSOR FROM SOURCE_CURSOR WHERE SOURCE_NAME = ?", String.class, source);
    return rows.stream().findFirst();
  }

  /**
   * Where the next run of {@code source} starts: its row; else the cursor in the newest execution
   * of its step ({@code stepName}) that has one; else null (the beginning).
   */
  public String startingPoint(String source, String stepName) {
    Optional<String> stored = find(source);
    if (stored.isPresent()) {
      return stored.get();
    }
    List<Long> steps =
        jdbc.queryForList(
            "SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ?"
                + " ORDER BY STEP_EXECUTION_ID DESC",
            Long.class,
            stepName);
    for (long id : steps) {
      StepExecution step = jobRepository.getStepExecution(id);
      if (step != null && step.getExecutionContext().containsKey(PostSourceReader.NEXT_CURSOR)) {
        return step.getExecutionContext().getString(PostSourceReader.NEXT_CURSOR);
      }
    }
    return null;
  }

  /**
   * Stores where {@code source} continues; call it inside the transaction that commits the chunk
   * which got there.
   *
   * @param jobExecutionId the execution whose chunk advanced the cursor
   * @param runAt that run's time
   */
  public void save(String source, String cursor, long jobExecutionId, Instant runAt) {
    Objects.requireNonNull(cursor, "cursor");
    Timestamp at = Timestamp.from(runAt);
    int updated =
        jdbc.update(
            "UPDATE SOURCE_CURSOR SET NEXT_CURSOR = ?, JOB_EXECUTION_ID = ?, RUN_AT = ?"
                + " WHERE SOURCE_NAME = ?",
            cursor,
            jobExecutionId,
            at,
            source);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO SOURCE_CURSOR (SOURCE_NAME, NEXT_CURSOR, JOB_EXECUTION_ID, RUN_AT)"
              + " VALUES (?, ?, ?, ?)",
          source,
          cursor,
          jobExecutionId,
          at);
    }
  }
}
