package org.brandpulse.app.complaints;

/**
 * What one run of {@code complaintAlerts} did.
 *
 * @param status the job's batch status, e.g. {@code COMPLETED}
 * @param opened cases opened
 * @param backfilled cases opened for complaints older than {@code alerts.lookbackDays}, which a
 *     backfill brought in: in the inbox and reports, never e-mailed
 * @param replied cases closed because the brand replied
 * @param planned e-mails added to the outbox
 * @param sent e-mails the mail server accepted in this run
 * @param provenSent e-mails in doubt after a crash that the journal proved sent (not resent)
 * @param failed sending attempts that failed (retried next run until out of attempts)
 * @param pending e-mails still unsent after the run
 * @param noMailServer true when no mail server is configured, so nothing was sent
 */
public record AlertRun(
    String status,
    int opened,
    int backfilled,
    int replied,
    int planned,
    int sent,
    int provenSent,
    int failed,
    int pending,
    boolean noMailServer) {}
