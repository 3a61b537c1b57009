package org.brandpulse.reporting.complaints;

/**
 * Where a complaint case stands. {@code NEW -> ALERTED -> ESCALATED}, and from any of them {@code
 * REPLIED} (a reply from the brand's own handle was ingested, or a manager said so) or {@code
 * RESOLVED} (a manager closed it). Closed cases are never alerted or escalated again.
 *
 * <p>{@code BACKFILLED}: a complaint older than the alerts look-back that an ingest run brought in
 * late (a backfill, an old export). It waits for a reply in the inbox and reports like an open case
 * but is never alerted or escalated: nobody wants e-mails about last year's posts.
 */
public enum CaseState {
  NEW,
  ALERTED,
  ESCALATED,
  BACKFILLED,
  REPLIED,
  RESOLVED;

  /** True for NEW, ALERTED and ESCALATED: the states alert and escalation e-mails deal with. */
  public boolean isAlertable() {
    return this == NEW || this == ALERTED || this == ESCALATED;
  }

  /** True for REPLIED and RESOLVED. */
  public boolean isClosed() {
    return this == REPLIED || this == RESOLVED;
  }
}
