package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.brandpulse.app.cli.AppContext;
import org.brandpulse.app.ingest.SkipReport;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.app.testing.CliRun;
import org.brandpulse.app.testing.WrapBean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code ingestMetrics} job killed at each point of an import (rows written but not committed,
 * skip report written, first source committed and the second not, the execution left {@code
 * STARTED} as kill -9 leaves it), then run again: the stored metrics, contributions and skip report
 * equal one clean run's. Real input: the Apache log of shared/data/real split into two servers'
 * files, and the real Search Console export. The same scenarios run on PostgreSQL in {@link
 * MetricsCrashPostgresIT}.
 */
class MetricsCrashTest {

  static final Path LOG = CliRun.sharedData("real/logs/elastic-apache_logs.log");
  static final Path SEARCH = CliRun.sharedData("real/search-console/zechanah");
  static final Instant RUN = Instant.parse("2026-01-04T06:00:00Z");

  /** Where the first run dies: a bean method, its n-th call, and whether after it did its work. */
  enum KillPoint {
    LOG_ROWS_WRITTEN(MetricsRepository.class, "replaceContributions", 1),
    SKIPS_WRITTEN(SkipReport.class, "record", 1),
    SECOND_SOURCE_WRITTEN(MetricsRepository.class, "replace", 1);

    final Class<?> bean;
    final String method;
    final int call;

    KillPoint(Class<?> bean, String method, int call) {
      this.bean = bean;
      this.method = method;
      this.call = call;
    }
  }

  @TempDir Path dir;

  @BeforeEach
  void present() {
    assumeTrue(Files.isRegularFile(LOG), "shared real data not present: " + LOG);
    assumeTrue(Files.isDirectory(SEARCH), "shared real data not present: " + SEARCH);
  }

  @Test
  void killedAnywhereTheNextRunStoresWhatOneCleanRunStores() throws Exception {
    List<String> clean = cleanRun(dir.resolve("clean"));
    assertThat(clean).anyMatch(r -> r.startsWith("skip semicomplete/"));
    for (KillPoint point : KillPoint.values()) {
      // kill -9 in the second source leaves the execution STARTED; the others as Batch saw them
      boolean leftStarted = point == KillPoint.SECOND_SOURCE_WRITTEN;
      assertThat(killedAndRunAgain(install(dir.resolve(point.name()), ""), point, leftStarted))
          .as(point + (leftStarted ? ", left STARTED" : ""))
          .isEqualTo(clean);
    }
  }

  /** The stored data of one clean run in a fresh installation at {@code home}. */
  static List<String> cleanRun(Path home) throws Exception {
    Path config = install(home, "");
    try (ConfigurableApplicationContext ctx = start(config)) {
      ctx.getBean(IngestMetricsJob.class).run(RUN, List.of());
      return stored(ctx.getBean(JdbcTemplate.class));
    }
  }

  /**
   * Kills a run at {@code point} (optionally leaving the execution {@code STARTED} with no end
   * time, as kill -9 does), restarts and runs again an hour later, as the next {@code metrics run}
   * or scheduled run does; returns the stored data.
   */
  static List<String> killedAndRunAgain(Path config, KillPoint point, boolean leftStarted)
      throws Exception {
    try (ConfigurableApplicationContext ctx = start(config, killAt(point))) {
      // the step dies with the Error; Spring Batch records the execution FAILED
      ctx.getBean(IngestMetricsJob.class).run(RUN, List.of());
      assertThat(
              ctx.getBean(JdbcTemplate.class)
                  .queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION", String.class))
          .isEqualTo("FAILED");
    }
    try (ConfigurableApplicationContext ctx = start(config)) {
      JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
      if (leftStarted) {
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
        jdbc.update(
            "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL"
                + " WHERE STATUS = 'FAILED'");
      }
      List<IngestMetricsJob.StepOutcome> next =
          ctx.getBean(IngestMetricsJob.class).run(RUN.plusSeconds(3600), List.of());
      assertThat(next).allMatch(o -> o.error() == null, "no source failed");
      assertThat(
              jdbc.queryForList(
                  "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC",
                  String.class))
          .first()
          .isEqualTo("COMPLETED");
      return stored(jdbc);
    }
  }

  /** Writes the installation: two servers' parts of the real log and the Search Console files. */
  static Path install(Path home, String extraYaml) throws IOException {
    Files.createDirectories(home.resolve("logs"));
    Files.createDirectories(home.resolve("search"));
    // the last 4,000 lines (20 May 2015, with its one malformed line), as two servers' files
    List<String> all = Files.readAllLines(LOG);
    List<String> lines = all.subList(all.size() - 4_000, all.size());
    Files.write(home.resolve("logs/access.log.1"), lines.subList(0, 2_000));
    Files.write(home.resolve("logs/access.log"), lines.subList(2_000, 4_000));
    try (var files = Files.list(SEARCH)) {
      for (Path f : files.toList()) {
        Files.copy(f, home.resolve("search").resolve(f.getFileName().toString()));
      }
    }
    Path config = home.resolve("brandpulse.yml");
    Files.writeString(
        config,
        """
        dataDir: data
        brands:
          - {name: Semicomplete, query: semicomplete}
        sites:
          - name: semicomplete
            url: http://www.semicomplete.com
            sources:
              - {name: logs, type: access-log, glob: 'logs/access.log*'}
              - {name: search, type: search-console-csv, glob: 'search/*.csv'}
        """
            + extraYaml);
    return config;
  }

  @SafeVarargs
  static ConfigurableApplicationContext start(
      Path config, ApplicationContextInitializer<ConfigurableApplicationContext>... more) {
    return AppContext.start(SettingsLoader.load(config), more);
  }

  /**
   * Every stored metric row, the skip report and the latest import of each source (not when it was
   * made), as sorted lines.
   */
  static List<String> stored(JdbcTemplate jdbc) {
    List<String> out = new ArrayList<>();
    jdbc.query(
        "SELECT SITE, SOURCE_NAME, METRIC_DAY, DIMENSION, DIM_KEY, METRIC, METRIC_VALUE,"
            + " CONTRIBUTION FROM SITE_METRIC",
        rs -> {
          out.add(
              "metric %s %s %s %s %s %s %s %s"
                  .formatted(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getDate(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getDouble(7),
                      rs.getString(8)));
        });
    jdbc.query(
        "SELECT SOURCE_NAME, LOCATION, REASON FROM INGEST_SKIP",
        rs -> {
          out.add("skip %s %s %s".formatted(rs.getString(1), rs.getString(2), rs.getString(3)));
        });
    jdbc.query(
        "SELECT SITE, SOURCE_NAME, FROM_DAY, TO_DAY, VALUE_ROWS, SKIPPED, SUMMARY FROM"
            + " METRIC_IMPORT I WHERE IMPORT_ID = (SELECT MAX(IMPORT_ID) FROM METRIC_IMPORT J"
            + " WHERE J.SITE = I.SITE AND J.SOURCE_NAME = I.SOURCE_NAME)",
        rs -> {
          out.add(
              "import %s %s %s %s %d %d %s"
                  .formatted(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getDate(3),
                      rs.getDate(4),
                      rs.getInt(5),
                      rs.getInt(6),
                      rs.getString(7)));
        });
    out.sort(null);
    return out;
  }

  static ApplicationContextInitializer<ConfigurableApplicationContext> killAt(KillPoint point) {
    return WrapBean.of(
        point.bean,
        () -> {
          AtomicInteger calls = new AtomicInteger();
          return (method, args, proceed) -> {
            Object out = proceed.call();
            if (method.getName().equals(point.method) && calls.incrementAndGet() == point.call) {
              throw new Killed(point);
            }
            return out;
          };
        });
  }

  /** An Error, as the process dying is: no step or skip policy may swallow it. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed(KillPoint point) {
      super("killed after " + point.method + " #" + point.call);
    }
  }
}
