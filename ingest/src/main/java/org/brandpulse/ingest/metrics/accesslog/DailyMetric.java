package org.brandpulse.ingest.metrics.accesslog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Site metrics of one day for one breakdown; sessions count on the day they start.
 *
 * @param day the session start day in the configured zone
 * @param dimension the breakdown
 * @param key the breakdown value: "" for {@link Dimension#TOTAL}, the channel label, the page path,
 *     or the goal pattern
 * @param visitors distinct visitors (IP + user agent) with a session in this row
 * @param sessions sessions (for {@link Dimension#EXIT_PAGE} sessions ending there, for {@link
 *     Dimension#GOAL} sessions reaching the goal)
 * @param pageviews pageviews of those sessions
 * @param bounces sessions of exactly one pageview
 * @param conversions sessions reaching any goal (for {@link Dimension#GOAL}: this goal)
 */
public record DailyMetric(
    LocalDate day,
    Dimension dimension,
    String key,
    long visitors,
    long sessions,
    long pageviews,
    long bounces,
    long conversions) {

  /** Validates the row. */
  public DailyMetric {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(key, "key");
    if (visitors < 0 || sessions < 0 || pageviews < 0 || bounces < 0 || conversions < 0) {
      throw new IllegalArgumentException("counts must be >= 0 in " + day + " " + key);
    }
    if (bounces > sessions || visitors > sessions) {
      throw new IllegalArgumentException("bounces and visitors must be <= sessions in " + key);
    }
  }

  /** Breakdowns of the daily metrics. */
  public enum Dimension {
    /** All sessions of the day. */
    TOTAL,
    /** By {@link Channel} label of the landing hit. */
    CHANNEL,
    /** By landing page path. */
    LANDING_PAGE,
    /** By exit page path. */
    EXIT_PAGE,
    /** By goal URL pattern reached. */
    GOAL
  }
}
