package org.brandpulse.reporting.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named row of values in a chart, one value per x position; a {@code null} value is a gap (no
 * data that day), drawn as a break in a line and shown as an empty cell in the data table.
 *
 * @param name the legend label (any text, escaped wherever it is shown)
 * @param values finite numbers or nulls
 */
public record Series(String name, List<Double> values) {

  public Series {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(values, "values of series " + name);
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      if (v != null && !Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "series '" + name + "' value " + i + " is " + v + ", expected a finite number or null");
      }
    }
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** A series without gaps. */
  public static Series of(String name, double... values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return new Series(name, list);
  }

  static void requireLength(String chart, List<Series> series, int expected) {
    if (series.isEmpty()) {
      throw new IllegalArgumentException("chart '" + chart + "' has no series");
    }
    for (Series s : series) {
      if (s.values().size() != expected) {
        throw new IllegalArgumentException(
            "chart '"
                + chart
                + "' series '"
                + s.name()
                + "' has "
                + s.values().size()
                + " values, expected one per x position: "
                + expected);
      }
    }
  }
}
