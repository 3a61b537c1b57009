package org.brandpulse.ingest.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums values per day, breakdown value and metric, in first-seen order. Several source rows can
 * land on one key (two entry-page URLs with the same path, two referrer labels on one channel).
 */
public final class DailyValues {

  private record Key(LocalDate day, Dimension dimension, String key, Metric metric) {}

  private final Map<Key, double[]> sums = new LinkedHashMap<>();

  /** Adds {@code value} to the sum under the given key. */
  public void add(LocalDate day, Dimension dimension, String key, Metric metric, double value) {
    sums.computeIfAbsent(new Key(day, dimension, key, metric), k -> new double[1])[0] += value;
  }

  /** Adds a {@link Dimension#TOTAL} value. */
  public void total(LocalDate day, Metric metric, double value) {
    add(day, Dimension.TOTAL, "", metric, value);
  }

  /** The sums as metric values, in first-seen order. */
  public List<MetricValue> values() {
    List<MetricValue> out = new ArrayList<>(sums.size());
    sums.forEach(
        (k, v) -> out.add(new MetricValue(k.day(), k.dimension(), k.key(), k.metric(), v[0])));
    return out;
  }
}
