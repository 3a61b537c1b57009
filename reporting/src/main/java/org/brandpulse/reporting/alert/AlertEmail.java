package org.brandpulse.reporting.alert;

import java.util.Objects;

/**
 * A composed alert e-mail: subject, plain text and HTML bodies, one inline image the HTML refers to
 * as {@code cid:<contentId>}, and one attachment.
 *
 * @param subject the subject line (no line breaks)
 * @param text the plain-text body
 * @param html the HTML body; every value from a post is escaped
 * @param image the inline image
 * @param attachment the attached file
 */
public record AlertEmail(String subject, String text, String html, Part image, Part attachment) {

  public AlertEmail {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(attachment, "attachment");
    if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("subject must be one line, was '" + subject + "'");
    }
  }

  /**
   * A binary part.
   *
   * @param name the content id (inline image) or the file name (attachment)
   * @param contentType the MIME type, e.g. {@code image/png}
   * @param bytes the content
   */
  public record Part(String name, String contentType, byte[] bytes) {
    public Part {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(contentType, "contentType");
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }
}
