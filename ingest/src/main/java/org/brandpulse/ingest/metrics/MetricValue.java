package org.brandpulse.ingest.metrics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One daily value of one metric under one breakdown value.
 *
 * @param day the day in the site's zone
 * @param dimension the breakdown
 * @param key the breakdown value ({@code ""} for {@link Dimension#TOTAL}, never null, at most
 *     {@value #MAX_KEY} characters: longer keys are clipped)
 * @param metric the measure
 * @param value the value, finite and {@code >= 0}
 */
public record MetricValue(
    LocalDate day, Dimension dimension, String key, Metric metric, double value) {

  /** Longest stored breakdown value. */
  public static final int MAX_KEY = 500;

  /** Validates the value and clips the key. */
  public MetricValue {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(metric, "metric");
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          "metric "
              + metric.id()
              + " of "
              + day
              + " "
              + dimension.id()
              + " '"
              + key
              + "' must be a"
              + " finite value >= 0, got "
              + value);
    }
    if (dimension == Dimension.TOTAL && !key.isEmpty()) {
      throw new IllegalArgumentException("the total has the key \"\", got '" + key + "'");
    }
    if (key.length() > MAX_KEY) {
      int end = Character.isHighSurrogate(key.charAt(MAX_KEY - 1)) ? MAX_KEY - 1 : MAX_KEY;
      key = key.substring(0, end);
    }
  }

  /** A {@link Dimension#TOTAL} value. */
  public static MetricValue total(LocalDate day, Metric metric, double value) {
    return new MetricValue(day, Dimension.TOTAL, "", metric, value);
  }
}
