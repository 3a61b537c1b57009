package org.brandpulse.reporting.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;
import org.brandpulse.reporting.alert.AlertCase;

/**
 * One row of {@code COMPLAINT_CASE}: a post that needs the brand's reply, its priority and state,
 * and the snapshot of the post the e-mails show.
 *
 * @param id the post id
 * @param brand the configured brand the complaint is about
 * @param state where the case stands
 * @param priority 0 to 100, see {@link Priority}
 * @param severity from the analysis
 * @param category from the analysis
 * @param probability the complaint probability
 * @param reasons why it was flagged
 * @param postCreatedAt when the post was written
 * @param slaDue when the case passes its SLA
 * @param openedAt when the job opened the case
 * @param alertedAt when an alert or digest was planned for it, or null
 * @param escalatedAt when an escalation was planned for it, or null
 * @param closedAt when it was replied to or resolved, or null
 * @param closedBy the reply's post id ({@code reply:<id>}) or the manager who closed it, or null
 * @param assignee who works on it, or null
 * @param threadId the post's thread, or null
 * @param postUrl link to the post, or null
 * @param authorHandle the author's handle, or null
 * @param authorName the author's name, or null
 * @param reach followers plus engagement
 * @param engagement likes plus shares plus replies
 * @param text the post text
 */
public record ComplaintCase(
    String id,
    String brand,
    CaseState state,
    int priority,
    Severity severity,
    ComplaintCategory category,
    double probability,
    List<String> reasons,
    Instant postCreatedAt,
    Instant slaDue,
    Instant openedAt,
    Instant alertedAt,
    Instant escalatedAt,
    Instant closedAt,
    String closedBy,
    String assignee,
    String threadId,
    String postUrl,
    String authorHandle,
    String authorName,
    long reach,
    long engagement,
    String text) {

  public ComplaintCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(postCreatedAt, "postCreatedAt");
    Objects.requireNonNull(slaDue, "slaDue");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(text, "text");
    reasons = List.copyOf(reasons);
  }

  /**
   * True when the post needs a reply but is no complaint (a question or request): never alerted,
   * counted and listed apart from complaints.
   */
  public boolean isQuestion() {
    return NeedsReply.isQuestion(category);
  }

  /** What the e-mail composer needs. */
  public AlertCase toAlertCase(String caseUrl) {
    return new AlertCase(
        id,
        brand,
        text,
        authorHandle,
        authorName,
        reach,
        engagement,
        postUrl,
        category,
        severity,
        priority,
        reasons,
        postCreatedAt,
        slaDue,
        caseUrl);
  }
}
