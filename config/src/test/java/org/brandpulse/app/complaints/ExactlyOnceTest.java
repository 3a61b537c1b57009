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
import org.aopalliance.intercept.MethodInterceptor;
import org.brandpulse.app.complaints.AlertsFixture.Killed;
import org.brandpulse.app.mail.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Kills the job at each point of the outbox protocol, restarts it, and reads the mailboxes back
 * over IMAP: every e-mail arrives exactly once (with the journal), none is lost.
 */
class ExactlyOnceTest {

  static final List<String> MAILBOXES =
      List.of(
          "care@bazarly.example",
          "social@bazarly.example",
          "help@dhakart.example",
          AlertsFixture.JOURNAL);

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

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

  @Test
  void killedAfterTheServerAcceptedButBeforeSentWasRecorded() throws Exception {
    AlertRun killed = fixture.run(RUN, killOnSend(2, true));
    assertThat(killed.status()).isEqualTo("FAILED");
    assertThat(outboxStates()).containsExactly("SENT", "SENDING", "PENDING");

    fixture.restart();
    AlertRun resumed = fixture.run(RUN.plusSeconds(60));
    assertThat(resumed.provenSent()).as("found in the journal, not resent").isEqualTo(1);
    assertThat(resumed.sent()).isEqualTo(1);
    assertEveryMessageArrivedOnce();
  }

  @Test
  void killedWhileSendingBeforeTheServerGotIt() throws Exception {
    fixture.run(RUN, killOnSend(2, false));
    assertThat(outboxStates()).containsExactly("SENT", "SENDING", "PENDING");

    fixture.restart();
    AlertRun resumed = fixture.run(RUN.plusSeconds(60));
    assertThat(resumed.provenSent()).isZero();
    assertThat(resumed.sent()).as("the in-doubt one was missing from the journal").isEqualTo(2);
    assertEveryMessageArrivedOnce();
  }

  @Test
  void killedBetweenPlanningAndDelivery() throws Exception {
    AlertRun killed =
        fixture.run(RUN, AlertsFixture.wrap(Outbox.class, killOn("unsent", 1, false)));
    assertThat(killed.planned()).isEqualTo(3);
    assertThat(outboxStates()).containsExactly("PENDING", "PENDING", "PENDING");

    fixture.restart();
    AlertRun resumed = fixture.run(RUN.plusSeconds(60));
    assertThat(resumed.opened()).isZero();
    assertThat(resumed.planned()).isZero();
    assertThat(resumed.sent()).isEqualTo(3);
    assertEveryMessageArrivedOnce();
  }

  @Test
  void killedInsideTheDigestsTransactionLeavesNeitherHalf() throws Exception {
    fixture.run(RUN, AlertsFixture.wrap(CaseStore.class, killOn("advance", 2, false)));
    assertThat(fixture.column("SELECT MESSAGE_KEY FROM ALERT_OUTBOX"))
        .containsExactly("case:social:1:alert");
    assertThat(
            fixture.column(
                "SELECT STATE FROM COMPLAINT_CASE WHERE CASE_ID IN ('social:2', 'social:3')"))
        .containsExactly("NEW", "NEW");

    fixture.restart();
    AlertRun resumed = fixture.run(RUN.plusSeconds(60));
    assertThat(resumed.planned()).isEqualTo(2);
    assertThat(resumed.sent()).isEqualTo(3);
    assertEveryMessageArrivedOnce();
  }

  @Test
  void withoutAJournalTheInDoubtMessageIsResentWithTheSameMessageId() throws Exception {
    fixture.journal = false;
    fixture.run(RUN, killOnSend(1, true));
    fixture.restart();
    fixture.run(RUN.plusSeconds(60));

    List<String> ids = fixture.column("SELECT MESSAGE_ID FROM ALERT_OUTBOX ORDER BY OUTBOX_ID");
    assertThat(outboxStates()).containsOnly("SENT");
    assertThat(fixture.messageIds("care@bazarly.example"))
        .as("at least once: the one in doubt twice, under the same Message-ID")
        .containsExactly(ids.get(0), ids.get(0), ids.get(1));
  }

  private void assertEveryMessageArrivedOnce() throws Exception {
    assertThat(outboxStates()).containsOnly("SENT").hasSize(3);
    List<String> ids = fixture.column("SELECT MESSAGE_ID FROM ALERT_OUTBOX ORDER BY OUTBOX_ID");
    assertThat(fixture.messageIds(AlertsFixture.JOURNAL)).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(fixture.messageIds("care@bazarly.example"))
        .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
    assertThat(fixture.messageIds("social@bazarly.example"))
        .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
    assertThat(fixture.messageIds("help@dhakart.example")).containsExactly(ids.get(2));
  }

  private List<String> outboxStates() {
    return fixture.column("SELECT STATE FROM ALERT_OUTBOX ORDER BY OUTBOX_ID");
  }

  /** Kills the process at the n-th e-mail handed to the mail server, after or before it got it. */
  static org.springframework.context.ApplicationContextInitializer<
          org.springframework.context.ConfigurableApplicationContext>
      killOnSend(int n, boolean afterTheServerGotIt) {
    return AlertsFixture.wrap(JavaMailSenderImpl.class, killOn("send", n, afterTheServerGotIt));
  }

  static MethodInterceptor killOn(String method, int n, boolean afterProceeding) {
    AtomicInteger calls = new AtomicInteger();
    return invocation -> {
      if (!invocation.getMethod().getName().equals(method) || calls.incrementAndGet() != n) {
        return invocation.proceed();
      }
      if (afterProceeding) {
        invocation.proceed();
      }
      throw new Killed((afterProceeding ? "after " : "during ") + method + " #" + n);
    };
  }
}
