package org.brandpulse.ingest.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.brandpulse.ingest.source.SkippedRecord;

/**
 * What one metrics source returned for a range of days. Storing a batch replaces everything the
 * same site and source stored for {@code from..to} (analytics data is revised for days after the
 * fact), so importing the same period twice leaves the same rows.
 *
 * @param source the source's configured name
 * @param from first day covered, inclusive
 * @param to last day covered, inclusive
 * @param values the daily values; every day within {@code from..to}
 * @param skipped records the source could not read (file:line or URL, reason, clipped text)
 * @param ranges totals over whole ranges within {@code from..to} (Search Console tables), stored as
 *     ranges: storing the batch replaces the site and source's totals of exactly those ranges and
 *     breakdowns
 */
public record MetricsBatch(
    String source,
    LocalDate from,
    LocalDate to,
    List<MetricValue> values,
    List<SkippedRecord> skipped,
    List<RangeTotal> ranges) {

  /** A batch of daily values only. */
  public MetricsBatch(
      String source,
      LocalDate from,
      LocalDate to,
      List<MetricValue> values,
      List<SkippedRecord> skipped) {
    this(source, from, to, values, skipped, List.of());
  }

  /** Validates the range and that every value and range total lies inside it. */
  public MetricsBatch {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends before it starts: " + from + ".." + to);
    }
    values = List.copyOf(values);
    skipped = List.copyOf(skipped);
    ranges = List.copyOf(ranges);
    for (RangeTotal r : ranges) {
      if (r.from().isBefore(from) || r.to().isAfter(to)) {
        throw new IllegalArgumentException(
            "range total of "
                + r.from()
                + ".."
                + r.to()
                + " lies outside the batch range "
                + from
                + ".."
                + to);
      }
    }
    for (MetricValue v : values) {
      if (v.day().isBefore(from) || v.day().isAfter(to)) {
        throw new IllegalArgumentException(
            "value of " + v.day() + " lies outside the batch range " + from + ".." + to);
      }
    }
  }
}
