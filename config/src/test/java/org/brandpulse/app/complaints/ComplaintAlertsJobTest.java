package org.brandpulse.app.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brandpulse.app.complaints.AlertsFixture.complaint;
import static org.brandpulse.app.complaints.AlertsFixture.post;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.brandpulse.app.ingest.BrandDirectory;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ComplaintAlertsJobTest {

  static final Instant RUN = Instant.parse("2026-11-20T10:00:00Z");

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @TempDir Path dir;

  AlertsFixture fixture;

  @BeforeEach
  void posts() throws Exception {
    fixture = new AlertsFixture(dir, MAIL);
    storePosts(fixture);
  }

  /** Bazarly: 1 urgent, 2 and 3 for the digest, 5 answered by the brand; 4 is a competitor's. */
  static void storePosts(AlertsFixture fixture) throws Exception {
    storePosts(fixture, RUN);
  }

  /** The same posts, written half an hour to a few minutes before {@code run}. */
  static void storePosts(AlertsFixture fixture, Instant run) throws Exception {
    Instant t = run.minusSeconds(1800);
    fixture.store(
        complaint(
            "1",
            "Bazarly",
            "rahim",
            25_000,
            "<script>alert('x')</script> @bazarly my parcel never came, this is a scam",
            Severity.CRITICAL,
            ComplaintCategory.FRAUD_SCAM,
            t),
        complaint(
            "2",
            "Bazarly",
            "karim",
            40,
            "বাজারলি অর্ডার এখনো আসেনি 😡",
            Severity.LOW,
            ComplaintCategory.LATE_MISSING_DELIVERY,
            t.plusSeconds(60)),
        complaint(
            "3",
            "Bazarly",
            "layla",
            300,
            "bazarly الطلب وصل مكسور 💔",
            Severity.MEDIUM,
            ComplaintCategory.DAMAGED_DEFECTIVE,
            t.plusSeconds(120)),
        complaint(
            "4",
            "ShopNest",
            "wei",
            10,
            "shopnest 包裹没到",
            Severity.HIGH,
            ComplaintCategory.LATE_MISSING_DELIVERY,
            t),
        complaint(
            "5",
            "Bazarly",
            "mina",
            10,
            "bazarly refund please 🙏",
            Severity.MEDIUM,
            ComplaintCategory.REFUND_RETURN,
            t.plusSeconds(180)),
        post(
            "6",
            Set.of("Bazarly"),
            "bazarly_help",
            9_000,
            "Sorry! DM us, bazarly care",
            t.plusSeconds(600),
            "social:5",
            Complaint.NONE),
        complaint(
            "7",
            "Dhakart",
            "nadia",
            120,
            "dhakart charged me twice 💳",
            Severity.MEDIUM,
            ComplaintCategory.BILLING_PAYMENT,
            t.plusSeconds(240)));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void alertsUrgentCasesAtOnceTheRestInADigestAndClosesAnsweredOnes() throws Exception {
    AlertRun run = fixture.run(RUN);

    assertThat(run.status()).isEqualTo("COMPLETED");
    assertThat(run.opened()).as("1, 2, 3, 5 and 7; not the competitor's 4").isEqualTo(5);
    assertThat(run.replied()).as("5 was answered by @bazarly_help").isEqualTo(1);
    assertThat(run.planned()).as("alert for 1, Bazarly digest of 2+3, Dhakart digest").isEqualTo(3);
    assertThat(run.sent()).isEqualTo(3);
    assertThat(fixture.column("SELECT CASE_ID || ' ' || STATE FROM COMPLAINT_CASE ORDER BY 1"))
        .containsExactly(
            "social:1 ALERTED",
            "social:2 ALERTED",
            "social:3 ALERTED",
            "social:5 REPLIED",
            "social:7 ALERTED");
    assertThat(fixture.inbox("care@bazarly.example"))
        .extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder(
            "[Bazarly] Urgent complaint: fraud or scam from RAHIM (@rahim) (reach 25,007)",
            "[Bazarly] Complaint digest: 2 cases");
    assertThat(fixture.messageIds("social@bazarly.example"))
        .isEqualTo(fixture.messageIds("care@bazarly.example"));
    assertThat(fixture.inbox("help@dhakart.example"))
        .extracting(MimeMessage::getSubject)
        .containsExactly("[Dhakart] Complaint digest: 1 case");
    assertThat(fixture.messageIds(AlertsFixture.JOURNAL)).hasSize(3);
  }

  @Test
  void theUrgentAlertCarriesEscapedTextLinksImageAndAttachment() throws Exception {
    fixture.run(RUN);
    MimeMessage alert =
        fixture.inbox("care@bazarly.example").stream()
            .filter(m -> subject(m).contains("Urgent"))
            .findFirst()
            .orElseThrow();
    assertThat(alert.getHeader("To", ","))
        .isEqualTo("care@bazarly.example, social@bazarly.example");
    assertThat(alert.getHeader("Bcc")).as("the journal copy is blind").isNull();
    assertThat(alert.getMessageID()).matches("<[0-9a-f]{32}\\.alert@brandpulse\\.example>");
    List<Part> parts = new ArrayList<>();
    flatten(alert, parts);
    String html = content(parts, "text/html");
    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; @bazarly my parcel")
        .contains("href=\"https://social.example/rahim/1\"")
        .contains("href=\"https://brandpulse.example/case?id=social%3A1\"")
        .contains("src=\"cid:severity-strip\"");
    assertThat(content(parts, "text/plain"))
        .contains("Author: RAHIM (@rahim), reach 25,007, engagement 6")
        .contains("Why flagged:")
        .contains("Priority 88 is at least 60: alerted at once");
    Part image =
        parts.stream().filter(p -> type(p).startsWith("image/png")).findFirst().orElseThrow();
    assertThat(((BodyPart) image).getHeader("Content-ID")[0]).isEqualTo("<severity-strip>");
    Part csv = parts.stream().filter(p -> "case.csv".equals(fileName(p))).findFirst().orElseThrow();
    assertThat(new String(csv.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .startsWith("case_id,brand,priority")
        .contains("social:1,Bazarly,88,critical,fraud_scam");
  }

  @Test
  void escalatesPastTheSlaOnceAndARepeatedRunSendsNothing() throws Exception {
    fixture.run(RUN);
    AlertRun later = fixture.run(RUN.plusSeconds(5 * 3600));
    AlertRun again = fixture.run(RUN.plusSeconds(5 * 3600 + 60));

    assertThat(later.planned()).as("one escalation per brand").isEqualTo(2);
    assertThat(later.sent()).isEqualTo(2);
    assertThat(again.planned()).isZero();
    assertThat(again.sent()).isZero();
    assertThat(fixture.inbox("boss@bazarly.example"))
        .extracting(ComplaintAlertsJobTest::subject)
        .containsExactly("[Bazarly] Unanswered past SLA: 3 cases (1 high or critical)");
    assertThat(fixture.inbox("help@dhakart.example"))
        .extracting(ComplaintAlertsJobTest::subject)
        .contains("[Dhakart] Unanswered past SLA: 1 case");
    assertThat(
            fixture.column("SELECT DISTINCT STATE FROM COMPLAINT_CASE WHERE CASE_ID <> 'social:5'"))
        .containsExactly("ESCALATED");
  }

  /**
   * What a backfill brings in: complaints written long before the run. Older than {@code
   * lookbackDays} (7 here) they open BACKFILLED cases: in the inbox and the report's open cases,
   * never e-mailed or escalated, closed by the brand's reply like any other; a backfilled complaint
   * of three days ago is a case like any other.
   */
  @Test
  void aBackfilledComplaintOlderThanTheLookbackIsInTheInboxButSendsNoMail() throws Exception {
    Instant monthAgo = RUN.minus(java.time.Duration.ofDays(30));
    Instant threeDaysAgo = RUN.minus(java.time.Duration.ofDays(3));
    fixture.store(
        AlertsFixture.fetchedAt(
            complaint(
                "8",
                "Bazarly",
                "old_rahim",
                90_000,
                "@bazarly my parcel never came, this is a scam",
                Severity.CRITICAL,
                ComplaintCategory.FRAUD_SCAM,
                monthAgo),
            RUN.minusSeconds(600)),
        complaint(
            "9",
            "Bazarly",
            "recent",
            50_000,
            "@bazarly charged twice and nobody answers",
            Severity.CRITICAL,
            ComplaintCategory.BILLING_PAYMENT,
            threeDaysAgo));

    AlertRun run = fixture.run(RUN);

    assertThat(run.opened()).as("1, 2, 3, 5, 7 and the recent 9; not 8").isEqualTo(6);
    assertThat(run.backfilled()).as("8").isEqualTo(1);
    assertThat(fixture.column("SELECT STATE FROM COMPLAINT_CASE WHERE CASE_ID = 'social:8'"))
        .containsExactly("BACKFILLED");
    assertThat(fixture.inbox("care@bazarly.example"))
        .extracting(ComplaintAlertsJobTest::subject)
        .noneMatch(s -> s.contains("OLD_RAHIM"))
        .anyMatch(s -> s.contains("RECENT"));
    CaseStore cases = fixture.context().getBean(CaseStore.class);
    assertThat(cases.openComplaints("Bazarly", 100)).extracting(c -> c.id()).contains("social:8");

    AlertRun later = fixture.run(RUN.plus(java.time.Duration.ofDays(2)));

    assertThat(later.backfilled()).as("opened once").isZero();
    assertThat(fixture.column("SELECT STATE FROM COMPLAINT_CASE WHERE CASE_ID = 'social:8'"))
        .as("never escalated, although its SLA ran out long ago")
        .containsExactly("BACKFILLED");
    assertThat(fixture.inbox("boss@bazarly.example"))
        .extracting(ComplaintAlertsJobTest::subject)
        .noneMatch(s -> s.contains("OLD_RAHIM"));
  }

  /**
   * Each pass reads only what ingest stored since the last (less an overlap): a post stored long
   * before the mark with an old date is not looked at again, a later backfill is, and the brand's
   * reply closes a backfilled case with its time to first reply.
   */
  @Test
  void laterBackfillsOpenCasesAndTheBrandsReplyClosesThem() throws Exception {
    fixture.run(RUN);
    Instant nextRun = RUN.plus(java.time.Duration.ofDays(3));
    Instant written = Instant.parse("2017-10-31T22:10:00Z");
    AnalyzedPost old =
        AlertsFixture.fetchedAt(
            complaint(
                "20",
                "Bazarly",
                "late_customer",
                10,
                "@bazarly my refund never arrived",
                Severity.HIGH,
                ComplaintCategory.REFUND_RETURN,
                written),
            nextRun.minusSeconds(60));
    AnalyzedPost reply =
        AlertsFixture.fetchedAt(
            AlertsFixture.post(
                "21",
                Set.of("Bazarly"),
                "bazarly_help",
                9_000,
                "@late_customer sorry, sending it again",
                written.plusSeconds(1_800),
                "social:20",
                Complaint.NONE),
            nextRun.minusSeconds(60));
    fixture.store(old, reply);
    fixture
        .context()
        .getBean(OwnReplies.class)
        .record(List.of(reply), fixture.context().getBean(BrandDirectory.class));

    AlertRun run = fixture.run(nextRun);

    assertThat(run.backfilled()).isEqualTo(1);
    assertThat(run.replied()).isEqualTo(1);
    assertThat(
            fixture.column(
                "SELECT STATE || ' ' || CLOSED_BY FROM COMPLAINT_CASE WHERE CASE_ID = 'social:20'"))
        .containsExactly("REPLIED reply:social:21");
    assertThat(fixture.inbox("care@bazarly.example"))
        .extracting(ComplaintAlertsJobTest::subject)
        .noneMatch(s -> s.contains("LATE_CUSTOMER"));
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void flatten(Part p, List<Part> out) throws Exception {
    if (p.getContent() instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        flatten(mp.getBodyPart(i), out);
      }
    } else {
      out.add(p);
    }
  }

  static String content(List<Part> parts, String type) throws Exception {
    for (Part p : parts) {
      if (type(p).startsWith(type) && p.getFileName() == null) {
        return (String) p.getContent();
      }
    }
    throw new AssertionError("no " + type + " part");
  }

  static String type(Part p) {
    try {
      return p.getContentType().toLowerCase(java.util.Locale.ROOT);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String fileName(Part p) {
    try {
      return p.getFileName();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
