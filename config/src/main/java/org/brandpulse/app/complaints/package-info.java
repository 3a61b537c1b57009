/**
 * The {@code complaintAlerts} job: complaint cases and exactly-once alert e-mails.
 *
 * <p>{@link org.brandpulse.app.complaints.ComplaintAlertsJob#run} runs three steps. {@link
 * org.brandpulse.app.complaints.CaseOpener} opens a {@link
 * org.brandpulse.reporting.complaints.ComplaintCase} for each stored post that needs a reply
 * (priority by {@link org.brandpulse.reporting.complaints.Priority}) and closes cases the brand's
 * own handles answered. {@link org.brandpulse.app.complaints.AlertPlanner} writes each e-mail to
 * the {@link org.brandpulse.app.mail.Outbox} in the same transaction that moves its cases on:
 * urgent cases alone at once, the rest in one digest per brand per window, cases past their SLA in
 * an escalation. {@link org.brandpulse.app.mail.OutboxDelivery} sends the stored messages.
 *
 * <p>Exactly once: an outbox row has a unique key and a Message-ID derived from it, and its bytes
 * are fixed when planned. Delivery commits {@code SENDING} before talking to the SMTP server and
 * {@code SENT} after. A row found {@code SENDING} after a crash is in doubt; with a journal mailbox
 * ({@link org.brandpulse.app.settings.JournalSettings}, Bcc'd in the same SMTP transaction) the job
 * looks its Message-ID up over IMAP and sends it again only if it never arrived. Without a journal
 * such a row is sent again with the same Message-ID, so at most that one e-mail can arrive twice
 * and mail clients that drop duplicate Message-IDs show it once.
 *
 * <p>Managers close cases through {@link org.brandpulse.app.complaints.CaseStore#markReplied} and
 * {@link org.brandpulse.app.complaints.CaseStore#markResolved}; {@link
 * org.brandpulse.app.complaints.AlertsCommand} is {@code brandpulse alerts}.
 */
package org.brandpulse.app.complaints;
