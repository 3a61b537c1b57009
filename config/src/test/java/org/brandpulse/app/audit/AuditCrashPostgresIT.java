package org.brandpulse.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.app.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link AuditCrashTest} scenarios on a real PostgreSQL server, one database each. */
class AuditCrashPostgresIT {

  @TempDir Path dir;

  @Test
  void killedAnywhereTheNextRunStoresWhatOneCleanRunStoresOnPostgres() throws Exception {
    assumeTrue(Files.isDirectory(AuditCrashTest.SITE), "shared real data not present");
    HttpServer server = AuditCrashTest.serve(AuditCrashTest.SITE);
    try (PostgresServer pg = PostgresServer.start()) {
      List<String> clean =
          AuditCrashTest.cleanRun(
              AuditCrashTest.install(dir.resolve("clean"), server, pg.newDatabase("clean")));
      assertThat(clean).filteredOn(l -> l.startsWith("finding ")).isNotEmpty();
      assertThat(
              AuditCrashTest.killedAndRunAgain(
                  AuditCrashTest.install(dir.resolve("first"), server, pg.newDatabase("first")),
                  1,
                  false))
          .isEqualTo(clean);
      String first = "http://127.0.0.1:" + server.getAddress().getPort() + "/ ";
      List<String> expected = new ArrayList<>(clean);
      expected.addAll(
          clean.stream()
              .filter(l -> l.startsWith("run " + first) || l.startsWith("finding " + first))
              .toList());
      expected.sort(null);
      assertThat(
              AuditCrashTest.killedAndRunAgain(
                  AuditCrashTest.install(dir.resolve("second"), server, pg.newDatabase("second")),
                  2,
                  true))
          .isEqualTo(expected);
    } finally {
      server.stop(0);
    }
  }
}
