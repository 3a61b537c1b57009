package org.brandpulse.reporting.report;

import java.util.Locale;
import java.util.Objects;

/**
 * What one data source returned for the period.
 *
 * @param source the source, e.g. "mastodon:brandpulse" or "access log www.example.com"
 * @param status whether it delivered
 * @param items how many items it returned
 * @param note gaps or errors in a sentence, may be empty
 */
public record CoverageRow(String source, Status status, long items, String note) {

  /** How complete a source's data is. */
  public enum Status {
    COMPLETE,
    PARTIAL,
    MISSING;

    /** How the report words it: "complete", "partial", "missing". */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public CoverageRow {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status of " + source);
    Objects.requireNonNull(note, "note of " + source);
    if (items < 0) {
      throw new IllegalArgumentException("source " + source + " has negative items " + items);
    }
  }
}
