package org.brandpulse.reporting.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:17:00Z");
  private static final AlertPolicy POLICY = new AlertPolicy(60, Duration.ofMinutes(60));

  private static ComplaintCase aCase(String id, CaseState state, int priority, Instant slaDue) {
    return new ComplaintCase(
        id,
        "Bazarly",
        state,
        priority,
        Severity.HIGH,
        ComplaintCategory.REFUND_RETURN,
        0.9,
        List.of(),
        NOW.minusSeconds(7_200),
        slaDue,
        NOW,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "রিনা",
        "Rina",
        10,
        0,
        "বাজারলি refund 😡");
  }

  @ParameterizedTest
  @CsvSource({
    "NEW, 60, true",
    "NEW, 59, false",
    "NEW, 100, true",
    "ALERTED, 90, false",
    "BACKFILLED, 100, false",
    "REPLIED, 100, false"
  })
  void onlyNewCasesAtTheThresholdAreUrgent(CaseState state, int priority, boolean urgent) {
    assertThat(POLICY.urgent(aCase("social:1", state, priority, NOW))).isEqualTo(urgent);
  }

  @Test
  void theDigestTakesTheOtherNewCasesInOrderAndNeverBackfilledOnes() {
    List<ComplaintCase> cases =
        List.of(
            aCase("social:1", CaseState.NEW, 10, NOW),
            aCase("social:2", CaseState.NEW, 80, NOW),
            aCase("social:3", CaseState.BACKFILLED, 10, NOW),
            aCase("social:4", CaseState.NEW, 59, NOW));
    assertThat(POLICY.forDigest(cases))
        .extracting(ComplaintCase::id)
        .containsExactly("social:1", "social:4");
  }

  @Test
  void aQuestionIsNeverAlertedNeitherAloneNorInTheDigest() {
    ComplaintCase c = aCase("social:5", CaseState.NEW, 100, NOW);
    ComplaintCase question =
        new ComplaintCase(
            c.id(),
            c.brand(),
            c.state(),
            c.priority(),
            Severity.NONE,
            ComplaintCategory.NONE,
            0.2,
            c.reasons(),
            c.postCreatedAt(),
            c.slaDue(),
            c.openedAt(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            c.authorHandle(),
            c.authorName(),
            c.reach(),
            c.engagement(),
            "@bazarly do you ship to Sylhet?");
    assertThat(question.isQuestion()).isTrue();
    assertThat(c.isQuestion()).isFalse();
    assertThat(POLICY.urgent(question)).isFalse();
    assertThat(POLICY.forDigest(List.of(question, c))).isEmpty();
    assertThat(POLICY.forDigest(List.of(question, aCase("social:6", CaseState.NEW, 1, NOW))))
        .extracting(ComplaintCase::id)
        .containsExactly("social:6");
  }

  @Test
  void onlyAlertedCasesWhoseSlaIsDueAreOverdue() {
    List<ComplaintCase> cases =
        List.of(
            aCase("social:1", CaseState.ALERTED, 10, NOW),
            aCase("social:2", CaseState.ALERTED, 10, NOW.plusMillis(1)),
            aCase("social:3", CaseState.BACKFILLED, 10, NOW.minusSeconds(86_400 * 300)),
            aCase("social:4", CaseState.ESCALATED, 10, NOW.minusSeconds(60)));
    assertThat(AlertPolicy.overdue(cases, NOW))
        .extracting(ComplaintCase::id)
        .containsExactly("social:1");
  }

  @Test
  void keysAreStableAndNameWhatTheyAreAbout() {
    assertThat(POLICY.digestKey("Bazarly", NOW)).isEqualTo("digest:Bazarly:2026-11-20T10:00:00Z");
    assertThat(POLICY.digestKey("Bazarly", NOW.plusSeconds(42 * 60)))
        .isEqualTo("digest:Bazarly:2026-11-20T10:00:00Z");
    assertThat(AlertPolicy.alertKey("social:1")).isEqualTo("case:social:1:alert");
    String a = AlertPolicy.escalationKey("Bazarly", List.of("social:1", "social:2"));
    assertThat(a).startsWith("escalation:Bazarly:").hasSize("escalation:Bazarly:".length() + 16);
    assertThat(AlertPolicy.escalationKey("Bazarly", List.of("social:1", "social:2"))).isEqualTo(a);
    assertThat(AlertPolicy.escalationKey("Bazarly", List.of("social:1"))).isNotEqualTo(a);
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> new AlertPolicy(101, Duration.ofMinutes(5)))
        .hasMessageContaining("highPriorityThreshold");
    assertThatThrownBy(() -> new AlertPolicy(50, Duration.ZERO))
        .hasMessageContaining("digestWindow");
  }
}
