package org.brandpulse.nlp.eval;

import java.util.Objects;

/**
 * A text with its gold complaint flag.
 *
 * @param id the record id (tweet id)
 * @param text the text
 * @param complaint true when annotated as a complaint
 * @param domain the data set's domain (apparel, transport, ...), empty when unknown
 */
public record LabeledComplaint(String id, String text, boolean complaint, String domain) {
  public LabeledComplaint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(domain, "domain");
  }
}
