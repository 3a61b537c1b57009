package org.brandpulse.reporting.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;

/**
 * What an alert e-mail shows of one complaint case: a snapshot of the post taken when the case
 * opened, so the e-mail reads the same however often it is composed.
 *
 * @param caseId the case id (the post id, {@code source:nativeId})
 * @param brand the configured brand the complaint is about
 * @param text the post text, unescaped (the composer escapes it)
 * @param authorHandle the author's handle without {@code @}, or null
 * @param authorName the author's display name, or null
 * @param reach {@code AnalyzedPost.reach()}: followers plus engagement
 * @param engagement likes plus shares plus replies
 * @param postUrl link to the post, or null
 * @param category what the complaint is about
 * @param severity how urgent the analysis found it
 * @param priority the case's priority, 0 to 100
 * @param reasons why the case was flagged, one short sentence each
 * @param createdAt when the post was written
 * @param slaDue when the case passes its SLA unanswered
 * @param caseUrl link to the case in the web UI
 */
public record AlertCase(
    String caseId,
    String brand,
    String text,
    String authorHandle,
    String authorName,
    long reach,
    long engagement,
    String postUrl,
    ComplaintCategory category,
    Severity severity,
    int priority,
    List<String> reasons,
    Instant createdAt,
    Instant slaDue,
    String caseUrl) {

  public AlertCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(slaDue, "slaDue");
    Objects.requireNonNull(caseUrl, "caseUrl");
    reasons = List.copyOf(reasons);
    if (priority < 0 || priority > 100) {
      throw new IllegalArgumentException(
          "priority of case " + caseId + " must be 0 to 100, was " + priority);
    }
    if (reach < 0 || engagement < 0) {
      throw new IllegalArgumentException(
          "reach and engagement of case "
              + caseId
              + " must be >= 0, were "
              + reach
              + "/"
              + engagement);
    }
  }

  /** The author as {@code Name (@handle)}, {@code @handle}, {@code Name} or {@code unknown}. */
  public String author() {
    if (authorHandle != null && authorName != null && !authorName.isBlank()) {
      return authorName + " (@" + authorHandle + ")";
    }
    if (authorHandle != null) {
      return "@" + authorHandle;
    }
    return authorName == null || authorName.isBlank() ? "unknown author" : authorName;
  }
}
