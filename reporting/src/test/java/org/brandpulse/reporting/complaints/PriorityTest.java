package org.brandpulse.reporting.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.brandpulse.nlp.Severity;
import org.junit.jupiter.api.Test;

class PriorityTest {

  private static final Duration SLA = Duration.ofHours(4);

  @Test
  void aCriticalComplaintAlwaysReachesTheDefaultThreshold() {
    assertThat(Priority.score(Severity.CRITICAL, 0, 0, Duration.ZERO, SLA)).isEqualTo(60);
    assertThat(Priority.score(Severity.CRITICAL, 1_000_000, 1_000, Duration.ofDays(3), SLA))
        .isEqualTo(100);
  }

  @Test
  void reachEngagementAndAgeAddUpToTheirCaps() {
    // high 45 + reach 300 (6 log10 301 = 14.9) + engagement 9 (4) + half the SLA (4)
    assertThat(Priority.score(Severity.HIGH, 300, 9, Duration.ofHours(2), SLA)).isEqualTo(68);
    assertThat(Priority.score(Severity.MEDIUM, -5, -5, Duration.ofHours(-1), SLA))
        .as("negative inputs count as zero")
        .isEqualTo(30);
  }

  @Test
  void theReasonsSayWhereThePriorityCameFrom() {
    assertThat(Priority.reasons(0.93, Severity.HIGH, 300, 9, Duration.ofHours(2), SLA, 68, 60))
        .containsExactly(
            "Complaint (probability 0.93) that needs a reply from the brand",
            "Severity high (+45), reach 300 (+15), engagement 9 (+4), 2 h old (+4)",
            "Priority 68 is at least 60: alerted at once");
    assertThat(Priority.reasons(0.7, Severity.LOW, 0, 0, Duration.ofHours(5), SLA, 23, 60))
        .last()
        .isEqualTo("Priority 23 is below 60: sent in the digest");
  }
}
