package org.brandpulse.app.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.MessageIDTerm;
import java.util.Properties;
import org.brandpulse.app.settings.JournalSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The journal mailbox read over IMAP (RFC 9051 SEARCH HEADER Message-ID). */
final class ImapJournal implements DeliveryJournal {

  private static final Logger log = LoggerFactory.getLogger(ImapJournal.class);

  private final JournalSettings settings;

  ImapJournal(JournalSettings settings) {
    this.settings = settings;
  }

  @Override
  public Answer lookUp(String messageId) {
    String protocol = settings.ssl() ? "imaps" : "imap";
    Properties props = new Properties();
    props.setProperty("mail." + protocol + ".connectiontimeout", "10000");
    props.setProperty("mail." + protocol + ".timeout", "10000");
    try (Store store = Session.getInstance(props).getStore(protocol)) {
      store.connect(
          settings.imapHost(), settings.imapPort(), settings.username(), settings.password());
      Folder folder = store.getFolder(settings.folder());
      folder.open(Folder.READ_ONLY);
      try {
        Message[] found = folder.search(new MessageIDTerm(messageId));
        for (Message m : found) {
          String[] ids = m.getHeader("Message-ID");
          if (ids != null && java.util.Arrays.asList(ids).contains(messageId)) {
            return Answer.DELIVERED;
          }
        }
        return Answer.MISSING;
      } finally {
        folder.close(false);
      }
    } catch (MessagingException e) {
      log.warn(
          "cannot ask the journal {} at {}:{} about {}: {}",
          settings.address(),
          settings.imapHost(),
          settings.imapPort(),
          messageId,
          e.toString());
      return Answer.UNKNOWN;
    }
  }
}
