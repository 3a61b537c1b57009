package org.brandpulse.app.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brandpulse.app.complaints.ComplaintAlertsJobTest.RUN;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.brandpulse.app.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Cases and outbox on a real PostgreSQL server: a crash after SMTP acceptance, then a restart. */
class PostgresAlertsIT {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @TempDir Path dir;

  @Test
  void exactlyOnceOnPostgres() throws Exception {
    try (PostgresServer pg = PostgresServer.start()) {
      AlertsFixture fixture =
          new AlertsFixture(
              dir, MAIL, "database: {url: '" + pg.jdbcUrl() + "', username: brandpulse}\n");
      try {
        ComplaintAlertsJobTest.storePosts(fixture);
        AtomicInteger sends = new AtomicInteger();
        AlertRun killed =
            fixture.run(
                RUN,
                AlertsFixture.wrap(
                    JavaMailSenderImpl.class,
                    invocation -> {
                      Object r = invocation.proceed();
                      if (invocation.getMethod().getName().equals("send")
                          && sends.incrementAndGet() == 2) {
                        throw new AlertsFixture.Killed("after send #2");
                      }
                      return r;
                    }));
        assertThat(killed.status()).isEqualTo("FAILED");
        fixture.restart();
        AlertRun resumed = fixture.run(RUN.plusSeconds(60));
        assertThat(resumed.provenSent()).isEqualTo(1);
        assertThat(resumed.sent()).isEqualTo(1);
        List<String> ids = fixture.column("SELECT MESSAGE_ID FROM ALERT_OUTBOX ORDER BY OUTBOX_ID");
        assertThat(fixture.column("SELECT DISTINCT STATE FROM ALERT_OUTBOX"))
            .containsExactly("SENT");
        assertThat(fixture.messageIds("care@bazarly.example"))
            .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(fixture.messageIds(AlertsFixture.JOURNAL))
            .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(fixture.column("SELECT version()").get(0)).startsWith("PostgreSQL");
      } finally {
        fixture.close();
      }
    }
  }

  @Test
  void reportJobKilledAtAnyPointArchivesAndEmailsOnceOnPostgres() throws Exception {
    try (PostgresServer pg = PostgresServer.start()) {
      for (ReportJobCrashTest.KillPoint point : ReportJobCrashTest.KillPoint.values()) {
        String name = point.name().toLowerCase(java.util.Locale.ROOT);
        Path home = dir.resolve(name);
        java.nio.file.Files.createDirectories(home);
        ReportJobCrashTest.killedAndRunAgain(
            new AlertsFixture(home, MAIL, pg.newDatabase(name)), point);
        MAIL.purgeEmailFromAllMailboxes();
      }
    }
  }
}
