package org.brandpulse.reporting.period;

import java.util.Objects;
import org.brandpulse.ingest.metrics.RangeTotal;

/**
 * One query, page, country or device of an export against the previous export.
 *
 * @param key the query or page as exported (untrusted text: escape it before showing it)
 * @param current its totals in the current export, or null when it is no longer listed (lost)
 * @param previous its totals in the previous export, or null when it is new or there is no previous
 *     export
 */
public record SearchEntry(String key, RangeTotal current, RangeTotal previous) {

  /** How the entry moved between the two exports. */
  public enum Status {
    /** Listed now, not before. */
    NEW,
    /** Listed before, not now. */
    LOST,
    /** Listed in both. */
    KEPT,
    /** Listed now; there is no earlier export to compare with. */
    ONLY
  }

  public SearchEntry {
    Objects.requireNonNull(key, "key");
    if (current == null && previous == null) {
      throw new IllegalArgumentException("entry '" + key + "' has neither export's totals");
    }
  }

  /** The entry's status; {@code compared} says whether there was a previous export at all. */
  public Status status(boolean compared) {
    if (!compared) {
      return Status.ONLY;
    }
    return current == null ? Status.LOST : previous == null ? Status.NEW : Status.KEPT;
  }

  /** Clicks now against before (0 where not listed). */
  public Change clicks() {
    return Change.of(
        current == null ? 0 : current.clicks(), previous == null ? 0 : previous.clicks());
  }

  /** Impressions now against before (0 where not listed). */
  public Change impressions() {
    return Change.of(
        current == null ? 0 : current.impressions(), previous == null ? 0 : previous.impressions());
  }

  /** The change in click-through rate in percentage points, or null unless known in both. */
  public Double ctrPoints() {
    if (current == null || previous == null) {
      return null;
    }
    Double now = current.ctr();
    Double before = previous.ctr();
    return now == null || before == null ? null : (now - before) * 100;
  }

  /**
   * The change in average position (negative = moved up, towards 1), or null unless known in both.
   */
  public Double positionChange() {
    if (current == null
        || previous == null
        || current.position() == null
        || previous.position() == null) {
      return null;
    }
    return current.position() - previous.position();
  }
}
