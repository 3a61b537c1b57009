package org.brandpulse.reporting.report;

/** Where a complaint stands against its reply deadline. */
public enum SlaState {
  /** Well within the deadline. */
  OK,
  /** Less than a quarter of the allowed time left. */
  DUE_SOON,
  /** Past the deadline. */
  BREACHED
}
