package org.brandpulse.ingest.metrics.ga4;

import java.time.LocalDate;
import java.util.Comparator;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.MetricValue;

/** What a value is of: day, breakdown value (clipped as stored) and measure. */
record ValueKey(LocalDate day, Dimension dimension, String key, Metric metric) {

  /** Day, then breakdown, then key, then measure. */
  static final Comparator<ValueKey> ORDER =
      Comparator.comparing(ValueKey::day)
          .thenComparing(ValueKey::dimension)
          .thenComparing(ValueKey::key)
          .thenComparing(ValueKey::metric);

  /** A key whose breakdown value is clipped the way {@link MetricValue} stores it. */
  static ValueKey of(LocalDate day, Dimension dimension, String key, Metric metric) {
    return new ValueKey(
        day, dimension, new MetricValue(day, dimension, key, metric, 0).key(), metric);
  }

  MetricValue value(double value) {
    return new MetricValue(day, dimension, key, metric, value);
  }
}
