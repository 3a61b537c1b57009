/**
 * The complaint domain, free of storage: a case and its states ({@link
 * org.brandpulse.reporting.complaints.ComplaintCase}, {@link
 * org.brandpulse.reporting.complaints.CaseState}), its {@link
 * org.brandpulse.reporting.complaints.Priority}, which cases get an alert, a digest or an
 * escalation and under which idempotency key ({@link
 * org.brandpulse.reporting.complaints.AlertPolicy}), which of a brand's own replies answers a case
 * ({@link org.brandpulse.reporting.complaints.FirstReplies}), and the time-to-first-reply figures
 * reports show ({@link org.brandpulse.reporting.complaints.ReplyTimes}). The application keeps
 * cases and replies in its database and the outbox, and asks these classes what follows.
 */
package org.brandpulse.reporting.complaints;
