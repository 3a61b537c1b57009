package org.brandpulse.app.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import org.brandpulse.app.settings.AlertSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step three of {@code complaintAlerts}: sends every unsent outbox row. For each row it commits
 * {@code SENDING}, hands the stored message (with its fixed Message-ID) to the SMTP server, then
 * commits {@code SENT}. A row already {@code SENDING} was interrupted: the journal is asked whether
 * the server accepted it; only if not (or if there is no journal) is it sent again.
 *
 * <p>The guarantee: nothing is lost (a row leaves the outbox only when sent, proven sent, or out of
 * attempts); with a journal nothing is sent twice; without one, only an e-mail interrupted between
 * the server's acceptance and the {@code SENT} commit is sent again, with the same Message-ID.
 */
@Component
public class OutboxDelivery {

  /** What one pass did. */
  public record Result(int sent, int provenSent, int failed, int pending, boolean noMailServer) {}

  private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

  private final Outbox outbox;
  private final ObjectProvider<JavaMailSender> mail;
  private final AlertSettings alerts;
  private final DeliveryJournal journal;
  private final Clock clock;
  private final TransactionTemplate tx;

  public OutboxDelivery(
      Outbox outbox,
      ObjectProvider<JavaMailSender> mail,
      AlertSettings alerts,
      ObjectProvider<DeliveryJournal> journal,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.outbox = outbox;
    // Each state change commits at once, even inside a step's own transaction: SENDING must be
    // durable before the SMTP conversation starts, SENT right after it ends.
    this.tx = new TransactionTemplate(transactionManager);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.mail = mail;
    this.alerts = alerts;
    this.journal =
        journal.getIfAvailable(
            () ->
                alerts.journal() == null
                    ? DeliveryJournal.NONE
                    : new ImapJournal(alerts.journal()));
    this.clock = clock;
  }

  /**
   * Sends what is unsent. Without a mail server (no {@code spring.mail.host}) nothing is sent.
   * Deliveries of one process take turns: under {@code serve} the alerts and report jobs both
   * deliver, and a row one of them is sending would look interrupted to the other, which would send
   * it again. Across processes each row is claimed with a compare-and-set on its state.
   */
  public synchronized Result run() {
    JavaMailSender sender = mail.getIfAvailable();
    var rows = outbox.unsent();
    if (sender == null) {
      return new Result(0, 0, 0, rows.size(), true);
    }
    int sent = 0;
    int proven = 0;
    int failed = 0;
    for (Outbox.Row row : rows) {
      if (row.state() == Outbox.State.SENDING
          && journal.lookUp(row.messageId()) == DeliveryJournal.Answer.DELIVERED) {
        log.info(
            "e-mail {} ({}) was accepted before a crash; not sending it again",
            row.key(),
            row.messageId());
        tx.executeWithoutResult(s -> outbox.markSent(row.id(), Instant.now(clock)));
        proven++;
        continue;
      }
      if (!Boolean.TRUE.equals(tx.execute(s -> outbox.markSending(row, Instant.now(clock))))) {
        continue; // another delivery took it since it was read
      }
      try {
        MimeMessage message = AlertMime.read(row.payload(), row.messageId());
        sender.send(message);
      } catch (MailException | MessagingException e) {
        boolean giveUp = row.attempts() + 1 >= alerts.maxAttempts();
        log.warn(
            "sending e-mail {} ({}) failed (attempt {}): {}",
            row.key(),
            row.messageId(),
            row.attempts() + 1,
            e.toString());
        String error = e.toString();
        tx.executeWithoutResult(s -> outbox.markFailed(row.id(), error, giveUp));
        failed++;
        continue;
      }
      tx.executeWithoutResult(s -> outbox.markSent(row.id(), Instant.now(clock)));
      sent++;
    }
    return new Result(sent, proven, failed, outbox.unsent().size(), false);
  }
}
