package org.brandpulse.nlp.eval;

import java.util.Objects;
import org.brandpulse.nlp.ComplaintCategory;

/**
 * A post with its gold needs-reply flag, as read from an {@code id,text,needs_reply} CSV.
 *
 * @param id the record id
 * @param line the 1-based line of the record in its file, for messages
 * @param text the post
 * @param needsReply true when a person at the brand should answer it
 * @param category the gold complaint category, null when the file has none for this row
 * @param kind {@code complaint}, {@code question} or {@code other}; null when not given
 * @param brand the brand the post was matched to (its name and handle), null when not given
 */
public record LabeledReply(
    String id,
    int line,
    String text,
    boolean needsReply,
    ComplaintCategory category,
    String kind,
    String brand) {
  public LabeledReply {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
