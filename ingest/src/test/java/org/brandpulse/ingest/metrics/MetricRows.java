package org.brandpulse.ingest.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A metrics batch as text, for assertions and golden files. */
public final class MetricRows {
  private MetricRows() {}

  /** The values as {@code day dimension key metric value} rows (tab-separated), in batch order. */
  public static List<String> rows(MetricsBatch batch) {
    return batch.values().stream()
        .map(
            v ->
                String.join(
                    "\t",
                    v.day().toString(),
                    v.dimension().id(),
                    v.key(),
                    v.metric().id(),
                    String.format(Locale.ROOT, "%.0f", v.value())))
        .toList();
  }

  /** The rows under one dimension. */
  public static List<String> rows(MetricsBatch batch, Dimension dimension) {
    return rows(batch).stream().filter(r -> r.contains("\t" + dimension.id() + "\t")).toList();
  }

  /** Values keyed {@code day dimension 'key' metric}, in the batch's order. */
  public static Map<String, Double> values(MetricsBatch batch) {
    Map<String, Double> out = new LinkedHashMap<>();
    batch
        .values()
        .forEach(
            v ->
                out.put(
                    v.day() + " " + v.dimension().id() + " '" + v.key() + "' " + v.metric().id(),
                    v.value()));
    return out;
  }

  /**
   * Range totals keyed {@code from..to dimension 'key'}, valued {@code clicks/impressions/position}
   * (position {@code -} when absent), in the batch's order.
   */
  public static Map<String, String> ranges(MetricsBatch batch) {
    Map<String, String> out = new LinkedHashMap<>();
    for (RangeTotal r : batch.ranges()) {
      out.put(
          r.from() + ".." + r.to() + " " + r.dimension().id() + " '" + r.key() + "'",
          String.format(
              Locale.ROOT,
              "%.0f/%.0f/%s",
              r.clicks(),
              r.impressions(),
              r.position() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.position())));
    }
    return out;
  }
}
