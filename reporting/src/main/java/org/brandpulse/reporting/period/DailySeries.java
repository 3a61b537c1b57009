package org.brandpulse.reporting.period;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One metric's value per day, in date order. A day without an entry has no data: sums treat it as
 * zero, the {@link AnomalyDetector} neither scores it nor uses it as a baseline.
 *
 * @param name what the series measures, for messages (for example {@code pageviews})
 * @param values the values by day, finite; copied into an unmodifiable sorted map
 */
public record DailySeries(String name, NavigableMap<LocalDate, Double> values) {

  public DailySeries {
    Objects.requireNonNull(name, "name");
    TreeMap<LocalDate, Double> copy = new TreeMap<>();
    for (Map.Entry<LocalDate, Double> e : Objects.requireNonNull(values, "values").entrySet()) {
      Double v = e.getValue();
      if (e.getKey() == null || v == null || !Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "series '"
                + name
                + "' has a null day or a non-finite value at "
                + e.getKey()
                + ": "
                + v);
      }
      copy.put(e.getKey(), v);
    }
    values = Collections.unmodifiableNavigableMap(copy);
  }

  /** A series from any map of day to value. */
  public static DailySeries of(String name, Map<LocalDate, Double> values) {
    return new DailySeries(name, new TreeMap<>(values));
  }

  /** The value on {@code day}, or zero when the day has no data. */
  public double valueOn(LocalDate day) {
    return values.getOrDefault(day, 0.0);
  }

  /** Sum over the days of {@code period} (absent days count as zero). */
  public double sum(Period period) {
    double total = 0;
    for (double v : values.subMap(period.start(), true, period.end(), true).values()) {
      total += v;
    }
    return total;
  }

  /** Whether any day of {@code period} has data. */
  public boolean covers(Period period) {
    return !values.subMap(period.start(), true, period.end(), true).isEmpty();
  }
}
