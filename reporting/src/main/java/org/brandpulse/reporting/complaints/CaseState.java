package org.brandpulse.reporting.complaints;

/**
 * Where a complaint case stands. {@code NEW -> ALERTED -> ESCALATED}, and from any of them {@code
 * REPLIED} (a reply from the brand's own handle was ingested, or a manager said so) or {@code
 * RESOLVED} (a manager closed it). Closed cases are never alerted or escalated again.
 */
public enum CaseState {
  NEW,
  ALERTED,
  ESCALATED,
  REPLIED,
  RESOLVED;

  /** True for REPLIED and RESOLVED. */
  public boolean isClosed() {
    return this == REPLIED || this == RESOLVED;
  }
}
