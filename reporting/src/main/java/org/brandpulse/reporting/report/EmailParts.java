package org.brandpulse.reporting.report;

import java.util.List;
import java.util.Objects;

/**
 * A composed report email, ready to hand to a mail sender: subject, HTML and plain-text bodies,
 * inline images referenced from the HTML as {@code cid:<contentId>}, and the full report as the
 * attachment. Byte arrays are copied in and handed out as they are: do not modify them.
 *
 * @param subject the subject line
 * @param html the HTML body
 * @param text the plain-text alternative
 * @param images the inline chart images
 * @param attachmentName file name of the attached HTML report
 * @param attachment the HTML report as UTF-8 bytes
 */
public record EmailParts(
    String subject,
    String html,
    String text,
    List<InlineImage> images,
    String attachmentName,
    byte[] attachment) {

  /** MIME type of the attachment. */
  public static final String ATTACHMENT_TYPE = "text/html; charset=UTF-8";

  public EmailParts {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(attachmentName, "attachmentName");
    images = List.copyOf(images);
    attachment = attachment.clone();
  }

  /**
   * One inline image.
   *
   * @param contentId the Content-ID without angle brackets, e.g. {@code
   *     chart-traffic-by-day@brandpulse}; the HTML refers to it as {@code cid:chart-...}
   * @param fileName a file name for clients that show inline parts as attachments
   * @param title what the chart shows (the image's alt text)
   * @param mimeType {@code image/png}
   * @param bytes the image
   */
  public record InlineImage(
      String contentId, String fileName, String title, String mimeType, byte[] bytes) {
    public InlineImage {
      Objects.requireNonNull(contentId, "contentId");
      Objects.requireNonNull(fileName, "fileName of " + contentId);
      Objects.requireNonNull(title, "title of " + contentId);
      Objects.requireNonNull(mimeType, "mimeType of " + contentId);
      bytes = bytes.clone();
    }
  }
}
