package org.brandpulse.reporting.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;
import org.brandpulse.reporting.alert.AlertComposer;

/**
 * A complaint that still needs a reply.
 *
 * @param caseId the complaint case id
 * @param category the complaint category, e.g. "delivery"
 * @param severity the severity, e.g. "high"
 * @param text the post text (escaped when shown)
 * @param author who complained
 * @param url the post's address, may be empty
 * @param receivedAt when the complaint arrived
 * @param age how long it has waited, at report time
 * @param sla where it stands against its deadline
 */
public record ComplaintRow(
    String caseId,
    String category,
    String severity,
    String text,
    String author,
    String url,
    Instant receivedAt,
    Duration age,
    SlaState sla) {

  public ComplaintRow {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(category, "category of case " + caseId);
    Objects.requireNonNull(severity, "severity of case " + caseId);
    Objects.requireNonNull(text, "text of case " + caseId);
    Objects.requireNonNull(author, "author of case " + caseId);
    Objects.requireNonNull(url, "url of case " + caseId);
    Objects.requireNonNull(receivedAt, "receivedAt of case " + caseId);
    Objects.requireNonNull(sla, "sla of case " + caseId);
    if (age == null || age.isNegative()) {
      throw new IllegalArgumentException("case " + caseId + " has age " + age + ", expected >= 0");
    }
  }

  /**
   * A category as the report words it ({@link AlertComposer#label}); a post that needs a reply
   * without being a complaint ({@link ComplaintCategory#NONE}) is a question or request.
   */
  public static String categoryLabel(ComplaintCategory category) {
    return category == ComplaintCategory.NONE
        ? "question or request"
        : AlertComposer.label(category);
  }

  /** A severity as the report words it: lower case, a dash for {@link Severity#NONE}. */
  public static String severityLabel(Severity severity) {
    return severity == Severity.NONE ? "–" : severity.name().toLowerCase(Locale.ROOT);
  }

  /** The age as {@code 2 d 5 h} or {@code 3 h 10 min}. */
  public String ageText() {
    long hours = age.toHours();
    return hours >= 24
        ? hours / 24 + " d " + hours % 24 + " h"
        : hours + " h " + age.toMinutesPart() + " min";
  }
}
