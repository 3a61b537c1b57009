package org.brandpulse.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.brandpulse.app.complaints.AlertRun;
import org.brandpulse.app.complaints.ComplaintAlertsJob;
import org.brandpulse.app.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A post whose text holds NUL and other control characters, and a malformed line with a raw NUL
 * byte, go through ingest, the skip report and the complaint alerts on H2 and on PostgreSQL (which
 * refuses 0x00 in text): nothing fails, and no table holds a control character.
 */
class HostileTextIT {

  private static final Instant RUN = Instant.parse("2026-11-20T10:00:00Z");

  @TempDir Path dir;

  @Test
  void onH2() throws Exception {
    check(new IngestFixture(dir));
  }

  @Test
  void onPostgres() throws Exception {
    try (PostgresServer pg = PostgresServer.start()) {
      check(
          new IngestFixture(
              dir, "database: {url: '" + pg.jdbcUrl() + "', username: brandpulse}\n"));
    }
  }

  private void check(IngestFixture fixture) throws Exception {
    String hostile =
        "{\"id\": \"666\", \"url\": \"https://social.example/x/666\", \"authorHandle\":"
            + " \"bad\\u0000actor\", \"authorName\": \"Nul\\u0000Name\\u0007\", \"authorFollowers\":"
            + " 900, \"text\": \"@bazarly my parcel\\u0000 never arrived and you charged my card"
            + " twice\\u001b[31m, refund now!!\", \"language\": \"en\", \"createdAt\":"
            + " \"2026-11-20T09:00:00Z\", \"replyToId\": null, \"threadId\": null, \"likes\": 3,"
            + " \"shares\": 1, \"replies\": 0}\n"
            + "{\"id\": \"667\", \"text\": \"raw \u0000 NUL byte in a broken line\n";
    Files.writeString(dir.resolve("exports/hostile.jsonl"), hostile, StandardCharsets.UTF_8);

    IngestResult result = fixture.ingest(RUN);
    assertThat(result.status()).isEqualTo("COMPLETED");
    assertThat(result.skips()).anyMatch(s -> s.location().equals("hostile.jsonl:2"));

    try (ConfigurableApplicationContext ctx = fixture.start()) {
      AlertRun run = ctx.getBean(ComplaintAlertsJob.class).run(RUN);
      assertThat(run.status()).isEqualTo("COMPLETED");
      JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
      List<String> cases =
          jdbc.queryForList(
              "SELECT POST_TEXT || '|' || AUTHOR_HANDLE || '|' || AUTHOR_NAME FROM COMPLAINT_CASE"
                  + " WHERE CASE_ID = 'social:666'",
              String.class);
      assertThat(cases)
          .containsExactly(
              "@bazarly my parcel never arrived and you charged my card twice[31m, refund now!!"
                  + "|badactor|NulName");
      for (String text : jdbc.queryForList("SELECT CLIPPED_TEXT FROM INGEST_SKIP", String.class)) {
        assertThat(text).doesNotContain("\u0000");
      }
    }
  }
}
