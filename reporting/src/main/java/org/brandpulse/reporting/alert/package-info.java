/**
 * Complaint alert e-mails: what a manager reads when a post needs the brand's reply.
 *
 * <p>{@link org.brandpulse.reporting.alert.AlertComposer#compose} turns {@link
 * org.brandpulse.reporting.alert.AlertCase} snapshots into an {@link
 * org.brandpulse.reporting.alert.AlertEmail}: an urgent single-case alert, a brand's digest of its
 * other new cases, or an escalation of cases past their SLA. Each e-mail has a plain-text and an
 * HTML body (post text, author and reach, link to the post, category, why it was flagged, link to
 * the case in the web UI), an inline PNG strip of the cases' severities and a CSV of the cases.
 *
 * <p>Everything taken from a post is treated as hostile: HTML is escaped, only http(s) links are
 * linked, CSV cells cannot start a spreadsheet formula, and subjects are one clipped line. The same
 * cases always compose to the same e-mail, which lets the sender resend it unchanged.
 *
 * <p>Sending, scheduling and exactly-once delivery are the application's job ({@code
 * org.brandpulse.app.complaints} and {@code org.brandpulse.app.mail}).
 */
package org.brandpulse.reporting.alert;
