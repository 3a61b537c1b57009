package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.brandpulse.app.testing.PostgresServer;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.MetricValue;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The V12 contributions migration on a real PostgreSQL: two servers' logs of one day add up. */
class SiteMetricContributionsPostgresIT {

  private static final LocalDate DAY = LocalDate.of(2026, 9, 7);

  @Test
  void twoFilesOfOneDayAddUpAndAReimportReplacesItsOwnRows() throws Exception {
    try (PostgresServer pg = PostgresServer.start()) {
      DriverManagerDataSource ds = new DriverManagerDataSource(pg.jdbcUrl());
      ds.setUsername("brandpulse");
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:db/migration/postgresql")
          .load()
          .migrate();
      MetricsRepository repo =
          new MetricsRepository(
              new JdbcTemplate(ds),
              Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC));
      MetricsBatch a = sessions(3);
      MetricsBatch b = sessions(2);

      repo.replaceContributions("shop", a, Map.of("a1b2c3d4e5f60718", a), "{}");
      repo.replaceContributions("shop", b, Map.of("ffeeddccbbaa9988", b), "{}");
      repo.replaceContributions("shop", a, Map.of("a1b2c3d4e5f60718", a), "{}");

      assertThat(repo.series("shop", "logs", Dimension.TOTAL, null, Metric.SESSIONS, DAY, DAY))
          .containsEntry(DAY, 5.0);
      assertThat(repo.coveredHours("shop", "logs", DAY, DAY)).containsEntry(DAY, 24.0);
    }
  }

  private static MetricsBatch sessions(int n) {
    return new MetricsBatch(
        "logs",
        DAY,
        DAY,
        List.of(
            new MetricValue(DAY, Dimension.TOTAL, "", Metric.SESSIONS, n),
            new MetricValue(DAY, Dimension.TOTAL, "", Metric.COVERED_HOURS, 24)),
        List.of());
  }
}
