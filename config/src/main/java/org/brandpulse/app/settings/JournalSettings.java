package org.brandpulse.app.settings;

import java.util.Objects;

/**
 * The journal mailbox: every alert e-mail is also addressed (Bcc) to {@code address} in the same
 * SMTP transaction, and after a crash between sending and recording the job asks this mailbox over
 * IMAP whether an e-mail in doubt arrived, instead of sending it again.
 *
 * @param address the journal's e-mail address
 * @param imapHost the IMAP server holding it
 * @param imapPort its port (default 993 with SSL, else 143)
 * @param username the IMAP login (default: the address)
 * @param passwordEnv the environment variable holding the password (secrets stay out of the file)
 * @param folder the folder to search (default {@code INBOX})
 * @param ssl IMAP over TLS (default true)
 */
public record JournalSettings(
    String address,
    String imapHost,
    Integer imapPort,
    String username,
    String passwordEnv,
    String folder,
    Boolean ssl) {

  public JournalSettings {
    Objects.requireNonNull(address, "alerts.journal.address");
    Objects.requireNonNull(imapHost, "alerts.journal.imapHost");
    ssl = ssl == null || ssl;
    imapPort = imapPort == null ? (ssl ? 993 : 143) : imapPort;
    username = username == null ? address : username;
    folder = folder == null ? "INBOX" : folder;
    if (imapPort < 1 || imapPort > 65_535) {
      throw new IllegalArgumentException("alerts.journal.imapPort: " + imapPort + " is no port");
    }
  }

  /** The password from {@link #passwordEnv}, or an empty one. */
  public String password() {
    String v = passwordEnv == null ? null : System.getenv(passwordEnv);
    return v == null ? "" : v;
  }
}
