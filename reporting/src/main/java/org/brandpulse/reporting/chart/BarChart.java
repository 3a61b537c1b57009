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
 * @param categories the category labels (any text; the axis shows long ones {@link Labels#axisLabel
 *     shortened}, the tooltip and the data table in full)
 * @param series one value per category each
 * @param stacked whether the series are stacked instead of grouped
 * @param horizontal whether bars run left to right (long labels such as keywords or pages)
 * @param unit the value unit, may be empty
 * @param categoryName what the categories are, the data table's first column heading (e.g. "Landing
 *     page")
 */
public record BarChart(
    String id,
    String title,
    List<String> categories,
    List<Series> series,
    boolean stacked,
    boolean horizontal,
    String unit,
    String categoryName)
    implements ChartSpec {

  /** The first column heading when none is given. */
  public static final String CATEGORY = "Category";

  public BarChart {
    ChartSpec.requireId(id);
    Objects.requireNonNull(title, "title of chart " + id);
    Objects.requireNonNull(unit, "unit of chart " + id);
    Objects.requireNonNull(categoryName, "categoryName of chart " + id);
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    Series.requireLength(id, series, categories.size());
  }

  /** A chart whose categories are headed {@value #CATEGORY} in its data table. */
  public BarChart(
      String id,
      String title,
      List<String> categories,
      List<Series> series,
      boolean stacked,
      boolean horizontal,
      String unit) {
    this(id, title, categories, series, stacked, horizontal, unit, CATEGORY);
  }

  @Override
  public DataTable table() {
    List<String> header = new ArrayList<>();
    header.add(categoryName);
    series.forEach(
        s ->
            header.add(
                unit.isEmpty() || s.name().equalsIgnoreCase(unit)
                    ? s.name()
                    : s.name() + " (" + unit + ")"));
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
