package org.brandpulse.reporting.alert;

import java.util.Locale;

/** The three kinds of complaint e-mail. */
public enum AlertKind {
  /** One high-priority case, sent at once to the brand's recipients. */
  ALERT("Urgent complaint"),
  /** The brand's other new cases of one digest interval. */
  DIGEST("Complaint digest"),
  /** Cases that passed their SLA unanswered, sent to the escalation recipients. */
  ESCALATION("Unanswered past SLA");

  private final String title;

  AlertKind(String title) {
    this.title = title;
  }

  /** The subject's leading words. */
  public String title() {
    return title;
  }

  /** Lower-case name for keys and file names. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
