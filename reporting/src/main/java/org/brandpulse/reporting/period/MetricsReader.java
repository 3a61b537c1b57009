package org.brandpulse.reporting.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;

/**
 * The stored daily site metrics growth and reports read: a port the application implements over its
 * database, and tests over maps.
 */
public interface MetricsReader {

  /**
   * One metric per day of {@code from..to} for a breakdown value ({@code key} null = all values
   * summed), from one source; days without data are absent.
   */
  NavigableMap<LocalDate, Double> series(
      String site,
      String source,
      Dimension dimension,
      String key,
      Metric metric,
      LocalDate from,
      LocalDate to);

  /** Every key's daily series of {@code metric} in a dimension over {@code from..to}. */
  Map<String, NavigableMap<LocalDate, Double>> breakdown(
      String site, String source, Dimension dimension, Metric metric, LocalDate from, LocalDate to);

  /**
   * The hours of each day of {@code from..to} a source's data covers, where it recorded them
   * (access logs do; exports, which cover whole days, do not).
   */
  NavigableMap<LocalDate, Double> coveredHours(
      String site, String source, LocalDate from, LocalDate to);

  /**
   * The source a site's figures come from when the caller names none: the one with the most days of
   * {@code metric} totals (ties: by name), or null when the site has none.
   */
  String primarySource(String site, Metric metric);

  /** The sources with data for a site, and their day ranges, by name. */
  List<SourceCoverage> coverage(String site);
}
