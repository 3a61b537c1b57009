package org.brandpulse.nlp;

/**
 * What a post asks of the brand, read from its {@link Complaint} by {@link Complaint#replyKind()}:
 * a post needing a reply is either a complaint or a question (which needs a reply, but is no
 * complaint, and must not be counted as one in complaint figures, alerts or reports).
 */
public enum ReplyKind {
  /** Needs no reply: praise, thanks, chatter, the brand's own posts. */
  NONE,
  /**
   * Needs a reply and is no complaint: a question, a request for help, or details for an open case
   * ("booking no YIUBPF").
   */
  QUESTION,
  /** Needs a reply and is a complaint (dissatisfaction or a problem, sarcasm included). */
  COMPLAINT
}
