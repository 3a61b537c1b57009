package org.brandpulse.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.brandpulse.app.cli.AppContext;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.app.testing.PostgresServer;
import org.brandpulse.seoaudit.audit.AuditResult;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The audit store on H2 and on PostgreSQL: a run is stored with its generated id (PostgreSQL once
 * refused the driver's quoted {@code RETURNING "AUDIT_ID"}), findings whose crawled text holds NUL
 * are stored cleaned, and the latest run and its findings read back.
 */
class AuditStoreIT {

  @TempDir Path dir;

  @Test
  void onH2() throws Exception {
    check("");
  }

  @Test
  void onPostgres() throws Exception {
    try (PostgresServer pg = PostgresServer.start()) {
      check("database: {url: '" + pg.jdbcUrl() + "', username: brandpulse}\n");
    }
  }

  private void check(String database) throws Exception {
    Path config = Files.writeString(dir.resolve("brandpulse.yml"), "dataDir: data\n" + database);
    AuditResult result =
        new AuditResult(
            "https://shop.example",
            "https://shop.example/",
            Instant.parse("2026-11-27T09:00:00Z"),
            Instant.parse("2026-11-27T09:01:00Z"),
            "COMPLETED",
            87.5,
            List.of(),
            List.of(
                new Finding(
                    "title-too-long",
                    Severity.LOW,
                    "https://shop.example/a\u0000b",
                    "title 'Sale\u0000 <script>' is 71 characters",
                    null)));
    try (ConfigurableApplicationContext ctx = AppContext.start(SettingsLoader.load(config))) {
      AuditStore store = ctx.getBean(AuditStore.class);
      long first = store.save(result, dir.resolve("a1").toString());
      long second = store.save(result, dir.resolve("a2").toString());
      assertThat(second).isGreaterThan(first);
      assertThat(store.latest("https://shop.example"))
          .get()
          .extracting(AuditStore.Run::id)
          .isEqualTo(second);
      assertThat(store.findings(second))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.url()).isEqualTo("https://shop.example/ab");
                assertThat(f.detail()).isEqualTo("title 'Sale <script>' is 71 characters");
              });
    }
  }
}
