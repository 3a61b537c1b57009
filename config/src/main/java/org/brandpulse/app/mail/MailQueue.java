package org.brandpulse.app.mail;

import java.time.Instant;
import java.util.List;
import org.brandpulse.app.settings.AlertSettings;
import org.brandpulse.reporting.report.EmailParts;
import org.springframework.stereotype.Component;

/**
 * The outbox as other jobs use it: a report e-mail is queued under a unique key with a stable
 * Message-ID in the caller's transaction, and delivered like the alerts (sending and sent marks,
 * the IMAP journal for messages in doubt after a crash), so it is sent exactly once.
 */
@Component
public class MailQueue {

  private final Outbox outbox;
  private final OutboxDelivery delivery;
  private final AlertSettings alerts;

  public MailQueue(Outbox outbox, OutboxDelivery delivery, AlertSettings alerts) {
    this.outbox = outbox;
    this.delivery = delivery;
    this.alerts = alerts;
  }

  /** Whether an e-mail with this key was ever queued (sent or not). */
  public boolean queued(String key) {
    return outbox.exists(key);
  }

  /**
   * Queues a report e-mail unless one with {@code key} was queued before; true when queued now.
   * Call it inside the transaction that records the report as e-mailed.
   */
  public boolean queueReport(
      String key, String brand, List<String> to, EmailParts parts, String from, Instant at) {
    if (outbox.exists(key)) {
      return false;
    }
    String messageId = PlannedMessage.messageId(key, from);
    String journal = alerts.journal() == null ? null : alerts.journal().address();
    byte[] payload = AlertMime.writeReport(parts, from, to, journal, messageId, at);
    outbox.add(
        new PlannedMessage(key, messageId, "REPORT", brand, to, parts.subject(), 0, payload), at);
    return true;
  }

  /** Sends everything the outbox holds unsent (reports and alerts alike). */
  public OutboxDelivery.Result deliver() {
    return delivery.run();
  }
}
