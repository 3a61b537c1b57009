package org.brandpulse.app.mail;

/**
 * Answers, after a crash, whether an e-mail in doubt reached the mail server: the journal mailbox
 * received a Bcc copy in the same SMTP transaction as the recipients, so finding its Message-ID
 * there proves the server accepted the e-mail.
 */
public interface DeliveryJournal {

  /** What the journal knows of one e-mail. */
  enum Answer {
    /** The journal holds it: the server accepted it; do not send it again. */
    DELIVERED,
    /** The journal does not hold it: it never got through; send it. */
    MISSING,
    /** No journal, or it could not be asked: send it again (the same Message-ID). */
    UNKNOWN
  }

  /** No journal: every e-mail in doubt is sent again. */
  DeliveryJournal NONE = messageId -> Answer.UNKNOWN;

  /** Looks for an e-mail by its Message-ID. */
  Answer lookUp(String messageId);
}
