package org.brandpulse.ingest.metrics;

import java.util.Locale;

/**
 * A daily site measure. Counts add up over days and breakdown values; {@link #POSITION} is an
 * average and aggregates weighted by {@link #IMPRESSIONS}.
 *
 * <p>{@link #VISITORS} summed over several days counts visitor-days (a person seen on two days
 * counts twice), the same as adding up daily users in any analytics tool.
 */
public enum Metric {
  /** Distinct visitors (users) of the day. */
  VISITORS,
  /** Sessions (visits) started on the day. */
  SESSIONS,
  /** Page views. */
  PAGEVIEWS,
  /** Sessions of a single pageview (or not engaged, where the source defines it so). */
  BOUNCES,
  /** Sessions that reached a goal (key events, conversions). */
  CONVERSIONS,
  /** Search result clicks (Search Console). */
  CLICKS,
  /** Search result impressions (Search Console). */
  IMPRESSIONS,
  /** Average search position (1 = top); aggregate weighted by impressions. */
  POSITION,
  /**
   * Hours of the day a source's data covers (an access log that starts at 10:05 covers 13.9 hours
   * of its first day): what tells a partial day from a quiet one. Not additive: several files of
   * the same hours cover them once.
   */
  COVERED_HOURS;

  /** Stable lower-case id used in the database and JSON, e.g. {@code pageviews}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether values add up over days and breakdown values. */
  public boolean additive() {
    return this != POSITION && this != COVERED_HOURS;
  }

  /** Parses an {@link #id()} (case-insensitive), naming the accepted values when it is unknown. */
  public static Metric ofId(String id) {
    for (Metric m : values()) {
      if (m.id().equalsIgnoreCase(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown metric '"
            + id
            + "', expected one of visitors, sessions, pageviews, bounces, conversions, clicks,"
            + " impressions, position, covered_hours");
  }
}
