package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brandpulse.app.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link MetricsCrashTest} scenarios on a real PostgreSQL server, one database each. */
class MetricsCrashPostgresIT {

  @TempDir Path dir;

  @Test
  void killedAnywhereTheNextRunStoresWhatOneCleanRunStoresOnPostgres() throws Exception {
    assumeTrue(Files.isRegularFile(MetricsCrashTest.LOG), "shared real data not present");
    assumeTrue(Files.isDirectory(MetricsCrashTest.SEARCH), "shared real data not present");
    List<String> clean = MetricsCrashTest.cleanRun(dir.resolve("clean"));
    try (PostgresServer pg = PostgresServer.start()) {
      for (MetricsCrashTest.KillPoint point : MetricsCrashTest.KillPoint.values()) {
        String name = point.name().toLowerCase(java.util.Locale.ROOT);
        Path config = MetricsCrashTest.install(dir.resolve(name), pg.newDatabase(name));
        assertThat(
                MetricsCrashTest.killedAndRunAgain(
                    config, point, point == MetricsCrashTest.KillPoint.SECOND_SOURCE_WRITTEN))
            .as(point + " on PostgreSQL")
            .isEqualTo(clean);
      }
    }
  }
}
