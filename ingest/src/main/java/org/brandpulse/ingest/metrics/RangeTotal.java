package org.brandpulse.ingest.metrics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A breakdown value's totals over a whole range of days, as Search Console exports its Queries,
 * Pages, Countries and Devices tables: one figure for the range, with no daily split. It is never
 * spread over the range's days nor dated on one of them, since a query's clicks of a 28-day export
 * say nothing about any single day; the daily series come from the daily table only.
 *
 * @param from the range's first day, inclusive
 * @param to the range's last day, inclusive
 * @param dimension the breakdown ({@link Dimension#SEARCH_QUERY}, {@link Dimension#SEARCH_PAGE},
 *     {@link Dimension#COUNTRY}, {@link Dimension#DEVICE}); never {@link Dimension#TOTAL}
 * @param key the query, page URL, country or device as exported (clipped to {@value
 *     MetricValue#MAX_KEY} characters), not empty
 * @param clicks clicks over the range, finite and {@code >= 0}
 * @param impressions impressions over the range, finite and {@code >= 0}
 * @param position the average position over the range (1 = top), or null when not exported
 */
public record RangeTotal(
    LocalDate from,
    LocalDate to,
    Dimension dimension,
    String key,
    double clicks,
    double impressions,
    Double position) {

  /** Validates the range and the figures, and clips the key. */
  public RangeTotal {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(key, "key");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends before it starts: " + from + ".." + to);
    }
    if (dimension == Dimension.TOTAL || key.isEmpty()) {
      throw new IllegalArgumentException(
          "a range total needs a breakdown and a key, got " + dimension.id() + " '" + key + "'");
    }
    if (!Double.isFinite(clicks)
        || clicks < 0
        || !Double.isFinite(impressions)
        || impressions < 0) {
      throw new IllegalArgumentException(
          dimension.id()
              + " '"
              + key
              + "': clicks and impressions must be finite and >= 0, got "
              + clicks
              + " and "
              + impressions);
    }
    if (position != null && (!Double.isFinite(position) || position < 0)) {
      throw new IllegalArgumentException(
          dimension.id() + " '" + key + "': position must be finite and >= 0, got " + position);
    }
    key = new MetricValue(from, dimension, key, Metric.CLICKS, 0).key();
  }

  /** Clicks per impression (0..1), or null without impressions. */
  public Double ctr() {
    return impressions == 0 ? null : clicks / impressions;
  }

  /** Whether this total covers the same range as {@code other}. */
  public boolean sameRange(RangeTotal other) {
    return from.equals(other.from) && to.equals(other.to);
  }
}
