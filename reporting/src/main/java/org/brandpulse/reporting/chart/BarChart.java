package org.brandpulse.reporting.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Values by category, grouped side by side or stacked: traffic by channel, share of voice against
 * competitors, complaints per category, trending keywords.
 *
 * @param id chart id, see {@link ChartSpec#id()}
 * @param title chart title
 * @param categories the category labels (any text)
 * @param series one value per category each
 * @param stacked whether the series are stacked instead of grouped
 * @param horizontal whether bars run left to right (long labels such as keywords or pages)
 * @param unit the value unit, may be empty
 */
public record BarChart(
    String id,
    String title,
    List<String> categories,
    List<Series> series,
    boolean stacked,
    boolean horizontal,
    String unit)
    implements ChartSpec {

  public BarChart {
    ChartSpec.requireId(id);
    Objects.requireNonNull(title, "title of chart " + id);
    Objects.requireNonNull(unit, "unit of chart " + id);
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    Series.requireLength(id, series, categories.size());
  }

  @Override
  public DataTable table() {
    List<String> header = new ArrayList<>();
    header.add("Category");
    series.forEach(s -> header.add(unit.isEmpty() ? s.name() : s.name() + " (" + unit + ")"));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(categories.get(i));
      for (Series s : series) {
        row.add(Numbers.cell(s.values().get(i)));
      }
      rows.add(row);
    }
    return new DataTable(title, header, rows);
  }
}
