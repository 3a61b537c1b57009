package org.brandpulse.reporting.report;

/** Where a complaint stands against its reply deadline. */
public enum SlaState {
  /** Well within the deadline. */
  OK("on time"),
  /** Less than a quarter of the allowed time left. */
  DUE_SOON("due soon"),
  /** Past the deadline. */
  BREACHED("overdue");

  private final String label;

  SlaState(String label) {
    this.label = label;
  }

  /** How the report words it: "on time", "due soon", "overdue". */
  public String label() {
    return label;
  }
}
