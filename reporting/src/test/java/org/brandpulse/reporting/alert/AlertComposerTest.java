package org.brandpulse.reporting.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;
import org.junit.jupiter.api.Test;

class AlertComposerTest {

  static AlertCase aCase(String id, String text, Severity severity, int priority, String url) {
    Instant at = Instant.parse("2026-11-20T08:15:00Z");
    return new AlertCase(
        "social:" + id,
        "Bazarly",
        text,
        "rahim_" + id,
        "Rahim",
        12_345,
        40,
        url,
        ComplaintCategory.LATE_MISSING_DELIVERY,
        severity,
        priority,
        List.of("needs a reply: addressed to the brand", "priority " + priority + " >= 60"),
        at,
        at.plusSeconds(4 * 3600),
        "http://localhost:8080/cases/social:" + id);
  }

  @Test
  void escapesHostilePostTextEverywhereItAppears() {
    AlertCase c =
        aCase("1", "<script>alert('x')</script> & \"late\"", Severity.HIGH, 80, "javascript:x()");
    AlertEmail mail = AlertComposer.compose(AlertKind.ALERT, "Bazarly", List.of(c));
    assertThat(mail.html())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;late&quot;")
        .doesNotContain("javascript:")
        .contains("href=\"http://localhost:8080/cases/social:1\"")
        .contains("src=\"cid:severity-strip\"");
    assertThat(mail.text())
        .contains("  > <script>alert('x')</script>")
        .doesNotContain("javascript");
  }

  @Test
  void alertSubjectNamesCategoryAuthorAndReach() {
    AlertEmail mail =
        AlertComposer.compose(
            AlertKind.ALERT,
            "Bazarly",
            List.of(aCase("2", "অর্ডার এখনো আসেনি 😡 لم يصل الطلب 包裹没到", Severity.HIGH, 75, null)));
    assertThat(mail.subject())
        .isEqualTo(
            "[Bazarly] Urgent complaint: late or missing delivery from Rahim (@rahim_2) (reach"
                + " 12,345)");
    assertThat(mail.html()).contains("অর্ডার এখনো আসেনি 😡 لم يصل الطلب 包裹没到");
    assertThat(mail.text())
        .contains("Author: Rahim (@rahim_2), reach 12,345, engagement 40")
        .contains("Posted: 2026-11-20 08:15 UTC - SLA due 2026-11-20 12:15 UTC")
        .contains("Case: http://localhost:8080/cases/social:2")
        .doesNotContain("Link to the post");
  }

  @Test
  void digestSortsByPriorityAndAttachesFormulaSafeCsv() {
    List<AlertCase> cases =
        List.of(
            aCase("3", "=HYPERLINK(\"http://evil\")", Severity.LOW, 20, "https://x.example/3"),
            aCase("4", "late, again\nsecond line", Severity.CRITICAL, 90, "https://x.example/4"));
    AlertEmail mail = AlertComposer.compose(AlertKind.DIGEST, "Bazarly", cases);
    assertThat(mail.subject())
        .isEqualTo("[Bazarly] Complaint digest: 2 cases (1 high or critical)");
    assertThat(mail.html().indexOf("social:4")).isLessThan(mail.html().indexOf("social:3"));
    String csv = new String(mail.attachment().bytes(), StandardCharsets.UTF_8);
    assertThat(mail.attachment().name()).isEqualTo("cases.csv");
    assertThat(csv.split("\r\n"))
        .hasSize(3)
        .satisfies(rows -> assertThat(rows[0]).startsWith("case_id,brand,priority"))
        .satisfies(rows -> assertThat(rows[1]).endsWith(",\"late, again\nsecond line\""))
        .satisfies(rows -> assertThat(rows[2]).endsWith(",\"'=HYPERLINK(\"\"http://evil\"\")\""));
  }

  @Test
  void imageIsAPngAndComposingIsDeterministic() {
    List<AlertCase> cases = List.of(aCase("5", "ok", Severity.MEDIUM, 40, null));
    AlertEmail a = AlertComposer.compose(AlertKind.ESCALATION, "Bazarly", cases);
    AlertEmail b = AlertComposer.compose(AlertKind.ESCALATION, "Bazarly", cases);
    assertThat(Arrays.copyOf(a.image().bytes(), 4))
        .containsExactly((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(a.html()).isEqualTo(b.html());
    assertThat(a.image().bytes()).isEqualTo(b.image().bytes());
    assertThat(a.text()).contains("passed their SLA without a reply");
  }

  @Test
  void anAlertIsAboutExactlyOneCase() {
    AlertCase c = aCase("6", "x", Severity.LOW, 10, null);
    assertThatThrownBy(() -> AlertComposer.compose(AlertKind.ALERT, "Bazarly", List.of(c, c)))
        .hasMessageContaining("one case, got 2");
  }
}
