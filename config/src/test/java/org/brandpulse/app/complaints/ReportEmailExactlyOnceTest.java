package org.brandpulse.app.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.brandpulse.app.report.ReportService;
import org.brandpulse.reporting.period.Granularity;
import org.brandpulse.reporting.period.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report e-mails go through the alert outbox: killed after the mail server accepted the message but
 * before it was marked sent, or before the server got it, the next run leaves exactly one copy in
 * each mailbox; e-mailing the same brand's period again sends nothing.
 */
class ReportEmailExactlyOnceTest {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  private static final Instant NOW = ComplaintAlertsJobTest.RUN;
  private static final Period WEEK =
      Period.containing(Granularity.WEEK, LocalDate.of(2026, 11, 18));

  @TempDir Path dir;

  AlertsFixture fixture;

  @BeforeEach
  void posts() throws Exception {
    fixture = new AlertsFixture(dir, MAIL);
    ComplaintAlertsJobTest.storePosts(fixture);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private ReportService.Emailing email() throws Exception {
    ReportService reports = fixture.context().getBean(ReportService.class);
    ReportService.Generated report =
        reports.generate(List.of("Bazarly"), WEEK, dir.resolve("out"), NOW).get(0);
    return reports.email(report, "reports@brandpulse.example", NOW);
  }

  @Test
  void killedAfterTheServerAcceptedItIsNotSentAgain() throws Exception {
    fixture.restart(ExactlyOnceTest.killOnSend(1, true));
    assertThatThrownBy(this::email).isInstanceOf(AlertsFixture.Killed.class);
    assertThat(states()).containsExactly("SENDING");

    fixture.restart();
    ReportService.Emailing again = email();
    assertThat(again.alreadyQueued()).isTrue();
    assertThat(again.delivery().provenSent()).as("found in the journal").isEqualTo(1);
    assertThat(states()).containsExactly("SENT");
    assertOneCopyEach();
  }

  @Test
  void killedBeforeTheServerGotItIsSentOnceByTheNextRun() throws Exception {
    fixture.restart(ExactlyOnceTest.killOnSend(1, false));
    assertThatThrownBy(this::email).isInstanceOf(AlertsFixture.Killed.class);

    fixture.restart();
    assertThat(email().delivery().sent()).isEqualTo(1);
    assertThat(states()).containsExactly("SENT");
    assertOneCopyEach();
    assertThat(email().alreadyQueued()).as("a third time: nothing").isTrue();
    assertOneCopyEach();
  }

  private List<String> states() {
    return fixture.column("SELECT STATE FROM ALERT_OUTBOX WHERE KIND = 'REPORT'");
  }

  private void assertOneCopyEach() throws Exception {
    for (String box : List.of("care@bazarly.example", "social@bazarly.example")) {
      List<MimeMessage> inbox = fixture.inbox(box);
      assertThat(inbox).as(box).hasSize(1);
      assertThat(inbox.get(0).getSubject()).contains("Bazarly", WEEK.label());
      assertThat(inbox.get(0).getMessageID())
          .isEqualTo(
              fixture.column("SELECT MESSAGE_ID FROM ALERT_OUTBOX WHERE KIND = 'REPORT'").get(0));
    }
  }
}
