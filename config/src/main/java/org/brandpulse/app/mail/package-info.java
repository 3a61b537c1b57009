/**
 * Exactly-once e-mail for alerts and reports alike: the {@link org.brandpulse.app.mail.Outbox} (one
 * row per message under a unique key, its MIME bytes fixed when planned, {@link
 * org.brandpulse.app.mail.AlertMime}), {@link org.brandpulse.app.mail.OutboxDelivery} (commits
 * {@code SENDING} before the SMTP transaction and {@code SENT} after), the {@link
 * org.brandpulse.app.mail.MailQueue} other jobs queue their messages through, and the IMAP journal
 * ({@link org.brandpulse.app.mail.DeliveryJournal}) that settles messages left in doubt by a crash.
 */
package org.brandpulse.app.mail;
