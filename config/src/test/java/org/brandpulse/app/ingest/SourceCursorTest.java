package org.brandpulse.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.brandpulse.app.testing.WrapBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where sources continue: the {@code SOURCE_CURSOR} table, written in the transaction of the chunk
 * that advanced it. The scenarios are shared with {@code PostgresIngestIT}.
 */
class SourceCursorTest {

  static final Instant RUN = Instant.parse("2026-11-20T10:00:00Z");

  @TempDir Path dir;

  @Test
  void aSourceReadRarelyContinuesWhereItStoppedHoweverManyRunsCameBetween() throws Exception {
    aSourceReadRarelyContinues(new IngestFixture(dir));
  }

  @Test
  void aSourceWithoutARowStartsFromItsNewestStepContext() throws Exception {
    aSourceWithoutARowIsSeeded(new IngestFixture(dir));
  }

  @Test
  void aCrashAfterTheCursorWasWrittenLeavesTheCursorOfTheLastCommittedChunk(@TempDir Path cleanDir)
      throws Exception {
    aCrashInTheChunkCommitLosesNothing(smallPages(dir, ""), smallPages(cleanDir, ""));
  }

  /** The fixture with {@code social} read two posts a page, so its cursor moves every chunk. */
  static IngestFixture smallPages(Path dir, String extraYaml) throws IOException {
    IngestFixture fixture = new IngestFixture(dir);
    Files.writeString(
        dir.resolve("brandpulse.yml"),
        IngestFixture.CONFIG.replace("sourceKey: social}", "sourceKey: social, pageSize: 2}")
            + extraYaml);
    return fixture;
  }

  /** 150 hourly runs of other sources come between two runs of {@code social}. */
  static void aSourceReadRarelyContinues(IngestFixture fixture) throws Exception {
    fixture.ingest(RUN);
    try (ConfigurableApplicationContext ctx = fixture.start()) {
      JobRepository jobs = ctx.getBean(JobRepository.class);
      for (int hour = 1; hour <= 150; hour++) {
        jobs.createJobInstance(
            IngestPostsJob.NAME,
            new JobParametersBuilder()
                .addString(PostIngestion.RUN_AT, RUN.plusSeconds(3600L * hour).toString())
                .toJobParameters());
      }
    }
    fixture.copy("more-posts.jsonl", "exports/posts-2.jsonl");

    IngestResult month = fixture.ingest(RUN.plusSeconds(3600L * 24 * 30));

    assertThat(month.sources())
        .filteredOn(s -> s.source().equals("social"))
        .singleElement()
        .satisfies(s -> assertThat(s.read()).as("only the two new posts").isEqualTo(2));
    assertThat(fixture.posts()).hasSize(13);
  }

  /** An installation from before the table: the cursor is only in the step contexts. */
  static void aSourceWithoutARowIsSeeded(IngestFixture fixture) throws Exception {
    fixture.ingest(RUN);
    String cursor;
    try (ConfigurableApplicationContext ctx = fixture.start()) {
      JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
      cursor = cursorOf(jdbc, "social");
      assertThat(cursor).isEqualTo(committedContextCursor(ctx, "social"));
      jdbc.update("DELETE FROM SOURCE_CURSOR");
    }

    IngestResult again = fixture.ingest(RUN.plusSeconds(3600));

    assertThat(again.read()).isZero();
    try (ConfigurableApplicationContext ctx = fixture.start()) {
      assertThat(cursorOf(ctx.getBean(JdbcTemplate.class), "social")).isEqualTo(cursor);
    }
  }

  /**
   * The process dies in the commit of the third chunk of {@code social}: after the reader wrote the
   * cursor, before the step execution context was saved. Nothing of that chunk's bookkeeping may
   * survive, and the resumed run must end with one clean run's data.
   */
  static void aCrashInTheChunkCommitLosesNothing(IngestFixture crashed, IngestFixture clean)
      throws Exception {
    clean.ingest(RUN);

    Throwable crash = catchThrowable(() -> crashed.ingest(RUN, dieInChunkCommit(3)));
    assertThat(crash).isNotNull();
    try (ConfigurableApplicationContext ctx = crashed.start()) {
      JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
      assertThat(cursorOf(jdbc, "social"))
          .as("the cursor of the second chunk, as in the step context")
          .isNotNull()
          .isEqualTo(committedContextCursor(ctx, "social"));
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'",
                  Integer.class))
          .as("left as a killed process leaves it")
          .isEqualTo(1);
    }

    IngestResult resumed = crashed.ingest(RUN);

    assertThat(resumed.resumed()).isTrue();
    assertThat(crashed.posts()).isEqualTo(clean.posts());
    assertThat(crashed.skips()).isEqualTo(clean.skips());
    try (ConfigurableApplicationContext ctx = crashed.start()) {
      assertThat(cursorOf(ctx.getBean(JdbcTemplate.class), "social"))
          .isEqualTo(committedContextCursor(ctx, "social"));
    }
    assertThat(crashed.ingest(RUN.plusSeconds(3600)).read()).isZero();
  }

  static String cursorOf(JdbcTemplate jdbc, String source) {
    List<String> rows =
        jdbc.queryForList(
            "SELECT NEXT_CURSOR FROM SOURCE_CURSOR WHERE SOURCE_NAME = ?", String.class, source);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** The cursor in the newest saved step execution context of the source. */
  static String committedContextCursor(ConfigurableApplicationContext ctx, String source) {
    Long id =
        ctx.getBean(JdbcTemplate.class)
            .queryForObject(
                "SELECT MAX(STEP_EXECUTION_ID) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ?",
                Long.class,
                IngestPostsJob.stepName(source));
    StepExecution step = ctx.getBean(JobRepository.class).getStepExecution(id);
    return step.getExecutionContext().getString(PostSourceReader.NEXT_CURSOR, null);
  }

  /**
   * Wraps the job repository so that saving the step execution context in the commit of the n-th
   * chunk of the ingest steps throws (inside the chunk's transaction, after the reader wrote its
   * cursor), and every later write throws too: the process is dead, nothing more reaches the
   * database.
   */
  static ApplicationContextInitializer<ConfigurableApplicationContext> dieInChunkCommit(int n) {
    return WrapBean.of(
        JobRepository.class,
        () -> {
          AtomicInteger saves = new AtomicInteger();
          AtomicBoolean dead = new AtomicBoolean();
          return (method, args, proceed) -> {
            String m = method.getName();
            boolean write =
                m.startsWith("update")
                    || m.startsWith("create")
                    || m.startsWith("add")
                    || m.startsWith("delete");
            if (dead.get() && write) {
              throw new IngestPostsJobTest.SimulatedCrash();
            }
            if (m.equals("updateExecutionContext")
                && args[0] instanceof StepExecution step
                && step.getStepName().startsWith("ingest.")
                && TransactionSynchronizationManager.isActualTransactionActive()
                && saves.incrementAndGet() == n) {
              dead.set(true);
              throw new IngestPostsJobTest.SimulatedCrash();
            }
            return proceed.call();
          };
        });
  }
}
