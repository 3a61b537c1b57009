package org.brandpulse.ingest.metrics.plausible;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.MetricValue;

/**
 * Sums values per day, breakdown value and metric, in first-seen order. Several result rows can
 * land on one key (two spellings of one path, channels merged by the channel table).
 */
final class DailyValues {

  private record Key(LocalDate day, Dimension dimension, String key, Metric metric) {}

  private final Map<Key, double[]> sums = new LinkedHashMap<>();

  /** Adds {@code value} to the sum under the given key. */
  void add(LocalDate day, Dimension dimension, String key, Metric metric, double value) {
    sums.computeIfAbsent(new Key(day, dimension, key, metric), k -> new double[1])[0] += value;
  }

  /** Adds a {@link Dimension#TOTAL} value. */
  void total(LocalDate day, Metric metric, double value) {
    add(day, Dimension.TOTAL, "", metric, value);
  }

  /** The sums as metric values, in first-seen order. */
  List<MetricValue> values() {
    List<MetricValue> out = new ArrayList<>(sums.size());
    sums.forEach(
        (k, v) -> out.add(new MetricValue(k.day(), k.dimension(), k.key(), k.metric(), v[0])));
    return out;
  }
}
