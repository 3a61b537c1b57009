package org.brandpulse.app.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.brandpulse.reporting.alert.AlertEmail;
import org.brandpulse.reporting.report.EmailParts;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Turns a composed {@link AlertEmail} into the RFC 5322 bytes the outbox stores, and back into a
 * message to send. The Message-ID is fixed by the caller, never generated at send time, so a resent
 * e-mail carries the same id and receivers can drop the copy.
 */
public final class AlertMime {

  private static final Session SESSION = Session.getInstance(new Properties());

  private AlertMime() {}

  /** The complete message: text and HTML alternatives, inline image, attachment. */
  public static byte[] write(
      AlertEmail email,
      String from,
      List<String> to,
      String journal,
      String messageId,
      Instant date) {
    try {
      MimeMessage m = new StableMimeMessage(SESSION, messageId);
      MimeMessageHelper h =
          envelope(
              new MimeMessageHelper(m, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8"),
              "Brandpulse alerts",
              from,
              to,
              journal,
              email.subject(),
              date);
      h.setText(email.text(), email.html());
      h.addInline(
          email.image().name(),
          new ByteArrayResource(email.image().bytes()),
          email.image().contentType());
      h.addAttachment(
          email.attachment().name(),
          new ByteArrayResource(email.attachment().bytes()),
          email.attachment().contentType());
      return bytes(m);
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(
          "cannot build the e-mail '" + email.subject() + "' (" + messageId + "): " + e, e);
    }
  }

  /**
   * A period report's e-mail: KPI text and HTML alternatives with the PNG charts inline, the HTML
   * report attached.
   */
  static byte[] writeReport(
      EmailParts parts,
      String from,
      List<String> to,
      String journal,
      String messageId,
      Instant date) {
    try {
      MimeMessage m = new StableMimeMessage(SESSION, messageId);
      MimeMessageHelper h =
          envelope(
              new MimeMessageHelper(m, true, "UTF-8"),
              "Brandpulse reports",
              from,
              to,
              journal,
              parts.subject(),
              date);
      h.setText(parts.text(), parts.html());
      for (EmailParts.InlineImage image : parts.images()) {
        h.addInline(image.contentId(), new ByteArrayResource(image.bytes()), image.mimeType());
      }
      h.addAttachment(
          parts.attachmentName(), new ByteArrayResource(parts.attachment()), "text/html");
      return bytes(m);
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(
          "cannot build the e-mail '" + parts.subject() + "' (" + messageId + "): " + e, e);
    }
  }

  /** Sender, recipients (the journal as Bcc), subject and date of a message being built. */
  private static MimeMessageHelper envelope(
      MimeMessageHelper h,
      String senderName,
      String from,
      List<String> to,
      String journal,
      String subject,
      Instant date)
      throws MessagingException, java.io.UnsupportedEncodingException {
    h.setFrom(new InternetAddress(from, senderName, "UTF-8"));
    h.setTo(to.toArray(String[]::new));
    if (journal != null) {
      h.setBcc(journal);
    }
    h.setSubject(subject);
    h.setSentDate(Date.from(date));
    return h;
  }

  /** Marks the message machine-made and writes it out as it will be sent. */
  private static byte[] bytes(MimeMessage m) throws MessagingException {
    m.setHeader("Auto-Submitted", "auto-generated");
    m.saveChanges();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      m.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the e-mail " + m.getMessageID() + " in memory", e);
    }
    return out.toByteArray();
  }

  /** The stored bytes as a message to send, keeping its Message-ID. */
  static MimeMessage read(byte[] payload, String messageId) throws MessagingException {
    return new StableMimeMessage(SESSION, new ByteArrayInputStream(payload), messageId);
  }

  /** A message whose Message-ID survives {@code saveChanges()}. */
  private static final class StableMimeMessage extends MimeMessage {
    private final String messageId;

    StableMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    StableMimeMessage(Session session, ByteArrayInputStream in, String messageId)
        throws MessagingException {
      super(session, in);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
