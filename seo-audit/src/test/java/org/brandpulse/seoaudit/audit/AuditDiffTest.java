package org.brandpulse.seoaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.Severity;
import org.junit.jupiter.api.Test;

class AuditDiffTest {

  private static Finding f(String check, String url, String related, String detail) {
    return new Finding(check, Severity.LOW, url, detail, related);
  }

  @Test
  void splitsNewFixedAndPersistingByCheckUrlAndRelatedUrl() {
    Finding kept = f("title-too-long", "https://x.org/a", null, "61 chars");
    Finding keptChanged = f("title-too-long", "https://x.org/a", null, "75 chars");
    Finding fixed = f("broken-link", "https://x.org/", "https://x.org/gone", "HTTP 404");
    Finding added = f("broken-link", "https://x.org/", "https://x.org/other", "HTTP 404");
    AuditDiff d = AuditDiff.compare(List.of(kept, fixed), List.of(keptChanged, added));
    assertThat(d.added()).containsExactly(added);
    assertThat(d.fixed()).containsExactly(fixed);
    assertThat(d.persisting()).containsExactly(keptChanged);
  }

  @Test
  void withoutPreviousAuditEverythingIsNew() {
    Finding a = f("h1-missing", "https://x.org/বাংলা", null, "");
    AuditDiff d = AuditDiff.compare(List.of(), List.of(a, a));
    assertThat(d.added()).containsExactly(a);
    assertThat(d.fixed()).isEmpty();
    assertThat(d.persisting()).isEmpty();
  }

  @Test
  void healthScoreCapsEachUrlAndIgnoresInfo() {
    List<Finding> findings =
        List.of(
            new Finding("status-5xx", Severity.CRITICAL, "u1", "", null),
            new Finding("broken-link", Severity.HIGH, "u1", "", "v"),
            new Finding("title-too-long", Severity.LOW, "u2", "", null),
            new Finding("canonicalised", Severity.INFO, "u3", "", "v"));
    assertThat(HealthScore.of(findings, 10)).isEqualTo(89.0);
    assertThat(HealthScore.of(List.of(), 0)).isEqualTo(100.0);
  }
}
