package org.brandpulse.app.mail;

import java.util.List;
import java.util.Objects;
import org.brandpulse.reporting.complaints.AlertPolicy;

/**
 * An e-mail as the outbox keeps it: its unique key, stable Message-ID and the complete MIME bytes.
 *
 * @param key unique: {@code case:<id>:alert}, {@code digest:<brand>:<window start>} or {@code
 *     escalation:<brand>:<hash of the case ids>} or {@code report:<brand>:<period>}
 * @param messageId {@code <hash-of-key@domain>}, derived from the key alone
 * @param kind {@code ALERT}, {@code DIGEST}, {@code ESCALATION} or {@code REPORT}
 * @param brand the brand
 * @param recipients the To addresses
 * @param subject the subject
 * @param caseCount how many cases it reports
 * @param payload the RFC 5322 message as sent
 */
public record PlannedMessage(
    String key,
    String messageId,
    String kind,
    String brand,
    List<String> recipients,
    String subject,
    int caseCount,
    byte[] payload) {

  public PlannedMessage {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(messageId, "messageId");
    recipients = List.copyOf(recipients);
    if (key.length() > 300) {
      throw new IllegalArgumentException("outbox key longer than 300 characters: " + key);
    }
  }

  /** The stable Message-ID of a key: {@code <first 32 hex of sha256(key)>.alert@domain}. */
  public static String messageId(String key, String fromAddress) {
    String domain = fromAddress.substring(fromAddress.indexOf('@') + 1);
    return "<" + sha256(key).substring(0, 32) + ".alert@" + domain + ">";
  }

  static String sha256(String s) {
    return AlertPolicy.sha256(s);
  }
}
