package org.brandpulse.app.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.aopalliance.intercept.MethodInterceptor;
import org.brandpulse.app.mail.MailQueue;
import org.brandpulse.app.report.ReportArchiveStore;
import org.brandpulse.app.report.ReportSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code report} job (as {@code serve} runs it: every brand's last week, archived and e-mailed
 * through the outbox) killed at each point between writing the file and the server accepting the
 * mail, then run again: one archive row per brand that says it was e-mailed, one copy in each
 * mailbox. The same scenarios run on PostgreSQL in {@link PostgresAlertsIT}.
 */
class ReportJobCrashTest {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  static final Instant NOW = ComplaintAlertsJobTest.RUN;

  /** Where to kill the first run: the method of the wrapped bean, and before or after it. */
  enum KillPoint {
    ARCHIVED_NOT_QUEUED(MailQueue.class, "queueReport", false),
    QUEUED_NOT_DELIVERED(MailQueue.class, "deliver", false),
    SERVER_ACCEPTED_NOT_MARKED(null, "send", true),
    SECOND_BRAND_ARCHIVED(ReportArchiveStore.class, "save", true);

    final Class<?> bean;
    final String method;
    final boolean after;

    KillPoint(Class<?> bean, String method, boolean after) {
      this.bean = bean;
      this.method = method;
      this.after = after;
    }

    MethodInterceptor interceptor() {
      return ExactlyOnceTest.killOn(method, this == SECOND_BRAND_ARCHIVED ? 2 : 1, after);
    }
  }

  @TempDir Path dir;

  @Test
  void killedAtAnyPointTheNextRunArchivesAndEmailsEachReportOnce() throws Exception {
    for (KillPoint point : KillPoint.values()) {
      Path home = dir.resolve(point.name());
      java.nio.file.Files.createDirectories(home);
      killedAndRunAgain(new AlertsFixture(home, MAIL), point);
      MAIL.purgeEmailFromAllMailboxes();
    }
  }

  @Test
  void runningTheJobAgainKeepsTheArchiveMarkedEmailed() throws Exception {
    AlertsFixture fixture = new AlertsFixture(dir, MAIL);
    try {
      run(fixture);
      run(fixture);
      assertOneCleanRun(fixture);
    } finally {
      fixture.close();
    }
  }

  /** Kills the first run at {@code point}, restarts, runs again and checks the outcome. */
  static void killedAndRunAgain(AlertsFixture fixture, KillPoint point) throws Exception {
    try {
      ComplaintAlertsJobTest.storePosts(fixture);
      fixture.restart(
          point.bean == null
              ? ExactlyOnceTest.killOnSend(1, point.after)
              : AlertsFixture.wrap(point.bean, point.interceptor()));
      assertThatThrownBy(() -> run(fixture)).as(point.name()).isInstanceOf(Error.class);
      fixture.restart();
      run(fixture);
      assertOneCleanRun(fixture);
    } finally {
      fixture.close();
    }
  }

  private static void run(AlertsFixture fixture) throws Exception {
    fixture.context().getBean(ReportSchedule.class).run(NOW);
  }

  private static void assertOneCleanRun(AlertsFixture fixture) throws Exception {
    assertThat(
            fixture.column(
                "SELECT BRAND || ' ' || PERIOD_LABEL || ' ' || COALESCE(EMAILED_TO, '-') FROM"
                    + " REPORT_ARCHIVE ORDER BY BRAND"))
        .containsExactly(
            "Bazarly 2026-W46 care@bazarly.example, social@bazarly.example",
            "Dhakart 2026-W46 help@dhakart.example");
    assertThat(
            fixture.column(
                "SELECT MESSAGE_KEY || ' ' || STATE FROM ALERT_OUTBOX WHERE KIND = 'REPORT'"
                    + " ORDER BY MESSAGE_KEY"))
        .containsExactly("report:bazarly:2026-W46 SENT", "report:dhakart:2026-W46 SENT");
    for (String box :
        List.of("care@bazarly.example", "social@bazarly.example", "help@dhakart.example")) {
      assertThat(fixture.inbox(box)).as(box).hasSize(1);
      assertThat(fixture.inbox(box).get(0).getSubject()).contains("2026-W46");
    }
  }
}
