package org.brandpulse.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import org.brandpulse.app.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The job repository and skip report on a real PostgreSQL server, schema by migrations. */
class PostgresIngestIT {

  @TempDir Path dir;

  /** The {@link SourceCursorTest} scenarios, each in its own database of one server. */
  @Test
  void sourceCursorsOnPostgres(@TempDir Path rare, @TempDir Path seeded, @TempDir Path clean)
      throws Exception {
    try (PostgresServer pg = PostgresServer.start()) {
      SourceCursorTest.aSourceReadRarelyContinues(new IngestFixture(rare, database(pg, "rare")));
      SourceCursorTest.aSourceWithoutARowIsSeeded(
          new IngestFixture(seeded, database(pg, "seeded")));
      SourceCursorTest.aCrashInTheChunkCommitLosesNothing(
          SourceCursorTest.smallPages(dir, database(pg, "crashed")),
          SourceCursorTest.smallPages(clean, ""));
      try (Connection c =
          DriverManager.getConnection(
              pg.jdbcUrl().replace("/postgres", "/crashed"), "brandpulse", "")) {
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT data_type FROM information_schema.columns WHERE table_name ="
                        + " 'source_cursor' AND column_name = 'next_cursor'");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("text");
      }
    }
  }

  /** The {@code database:} block of a fresh database {@code name} on {@code pg}. */
  private static String database(PostgresServer pg, String name) throws Exception {
    try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), "brandpulse", "")) {
      c.createStatement().execute("CREATE DATABASE " + name);
    }
    return "database: {url: '"
        + pg.jdbcUrl().replace("/postgres", "/" + name)
        + "', username: brandpulse}\n";
  }

  @Test
  void ingestRunsAndResumesOnPostgres(@TempDir Path cleanDir) throws Exception {
    try (PostgresServer pg = PostgresServer.start()) {
      String database = "database: {url: '" + pg.jdbcUrl() + "', username: brandpulse}\n";
      IngestFixture fixture = new IngestFixture(dir, database);
      try {
        fixture.ingest(
            Instant.parse("2026-11-20T10:00:00Z"), IngestPostsJobTest.crashAfterUpserts(2));
      } catch (RuntimeException expected) {
        // crashed mid-way
      }
      IngestResult resumed = fixture.ingest(Instant.parse("2026-11-20T10:00:00Z"));
      assertThat(resumed.resumed()).isTrue();
      assertThat(resumed.status()).isEqualTo("COMPLETED");

      IngestFixture clean = new IngestFixture(cleanDir);
      clean.ingest(Instant.parse("2026-11-20T10:00:00Z"));
      assertThat(fixture.posts()).isEqualTo(clean.posts());

      try (ConfigurableApplicationContext ctx = fixture.start()) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(
                jdbc.queryForObject(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success", Integer.class))
            .isZero();
        assertThat(
                jdbc.queryForObject(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE success", Integer.class))
            .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INGEST_SKIP", Integer.class))
            .isEqualTo(2);
        assertThat(
                jdbc.queryForObject(
                    "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'",
                    Integer.class))
            .isEqualTo(1);
      }
    }
  }
}
