package org.brandpulse.reporting.chart;

import java.util.List;
import java.util.Objects;

/**
 * One value on a scale, such as the SEO health score out of 100.
 *
 * @param id chart id, see {@link ChartSpec#id()}
 * @param title chart title
 * @param value the value, within {@code [min, max]}
 * @param min scale start
 * @param max scale end, greater than min
 * @param unit shown after the value, may be empty
 */
public record GaugeChart(String id, String title, double value, double min, double max, String unit)
    implements ChartSpec {

  public GaugeChart {
    ChartSpec.requireId(id);
    Objects.requireNonNull(title, "title of chart " + id);
    Objects.requireNonNull(unit, "unit of chart " + id);
    if (!(min < max) || !(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          "gauge '" + id + "' value " + value + " must lie in [" + min + ", " + max + "]");
    }
  }

  @Override
  public DataTable table() {
    return new DataTable(
        title,
        List.of("Value", "Scale"),
        List.of(
            List.of(
                Numbers.cell(value) + (unit.isEmpty() ? "" : " " + unit),
                Numbers.cell(min) + " to " + Numbers.cell(max))));
  }
}
