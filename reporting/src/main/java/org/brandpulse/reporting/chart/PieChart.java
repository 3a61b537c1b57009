package org.brandpulse.reporting.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Parts of a whole: sentiment split, sources, complaint categories.
 *
 * @param id chart id, see {@link ChartSpec#id()}
 * @param title chart title
 * @param slices the parts, non-negative values
 * @param donut whether to draw a ring instead of a full disc
 */
public record PieChart(String id, String title, List<Slice> slices, boolean donut)
    implements ChartSpec {

  /** One part: a label and a non-negative value. */
  public record Slice(String name, double value) {
    public Slice {
      Objects.requireNonNull(name, "name");
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(
            "slice '" + name + "' has value " + value + ", expected a finite number >= 0");
      }
    }
  }

  public PieChart {
    ChartSpec.requireId(id);
    Objects.requireNonNull(title, "title of chart " + id);
    slices = List.copyOf(slices);
    if (slices.isEmpty()) {
      throw new IllegalArgumentException("chart '" + id + "' has no slices");
    }
  }

  @Override
  public DataTable table() {
    double total = slices.stream().mapToDouble(Slice::value).sum();
    return new DataTable(
        title,
        List.of("Part", "Value", "Share"),
        slices.stream()
            .map(
                s ->
                    List.of(
                        s.name(),
                        Numbers.cell(s.value()),
                        total == 0
                            ? ""
                            : String.format(Locale.ROOT, "%.1f %%", 100 * s.value() / total)))
            .toList());
  }
}
