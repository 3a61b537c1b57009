package org.brandpulse.nlp;

import java.util.Objects;

/**
 * Whether a text is a complaint, about what, how bad, and whether the brand should answer it.
 *
 * @param probability probability in [0, 1] that the text is a complaint
 * @param category what it is about; {@link ComplaintCategory#NONE} when not a complaint
 * @param severity how urgent; {@link Severity#NONE} when not a complaint
 * @param needsReply addressed to the brand or about an order, negative or asking for help, and not
 *     written by the brand itself
 */
public record Complaint(
    double probability, ComplaintCategory category, Severity severity, boolean needsReply) {

  /** The complaint part of a text that is no complaint. */
  public static final Complaint NONE =
      new Complaint(0.0, ComplaintCategory.NONE, Severity.NONE, false);

  public Complaint {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
    }
  }

  /** True when the probability is at least one half. */
  public boolean isComplaint() {
    return probability >= 0.5;
  }

  /**
   * Whether a post needing a reply is a complaint or a question: {@link ReplyKind#NONE} when it
   * needs no reply, {@link ReplyKind#COMPLAINT} when it needs one and {@link #isComplaint()}, else
   * {@link ReplyKind#QUESTION}. Derived from the stored fields, so posts stored before it existed
   * read the same.
   */
  public ReplyKind replyKind() {
    return !needsReply ? ReplyKind.NONE : isComplaint() ? ReplyKind.COMPLAINT : ReplyKind.QUESTION;
  }
}
