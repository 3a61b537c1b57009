package org.brandpulse.ingest.store;

import java.util.Objects;

/** A term (keyword, hashtag, facet value) with how many posts have it. */
public record TermCount(String term, long count) {
  public TermCount {
    Objects.requireNonNull(term, "term");
  }
}
