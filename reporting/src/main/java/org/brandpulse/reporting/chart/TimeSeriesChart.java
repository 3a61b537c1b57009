package org.brandpulse.reporting.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Named series over consecutive or sparse days: traffic by day, mention volume, sentiment, health
 * score over time.
 *
 * @param id chart id, see {@link ChartSpec#id()}
 * @param title chart title
 * @param days the x positions, strictly increasing
 * @param series one value per day each
 * @param style plain lines, filled areas, or areas stacked on each other
 * @param unit the y axis unit shown in the axis name and the table header, may be empty
 */
public record TimeSeriesChart(
    String id, String title, List<LocalDate> days, List<Series> series, Style style, String unit)
    implements ChartSpec {

  /** How the series are drawn. */
  public enum Style {
    LINE,
    AREA,
    STACKED_AREA
  }

  public TimeSeriesChart {
    ChartSpec.requireId(id);
    Objects.requireNonNull(title, "title of chart " + id);
    Objects.requireNonNull(style, "style of chart " + id);
    Objects.requireNonNull(unit, "unit of chart " + id);
    days = List.copyOf(days);
    series = List.copyOf(series);
    for (int i = 1; i < days.size(); i++) {
      if (!days.get(i).isAfter(days.get(i - 1))) {
        throw new IllegalArgumentException(
            "chart '"
                + id
                + "' day "
                + i
                + " ("
                + days.get(i)
                + ") does not follow "
                + days.get(i - 1));
      }
    }
    Series.requireLength(id, series, days.size());
  }

  @Override
  public DataTable table() {
    List<String> header = new ArrayList<>();
    header.add("Day");
    series.forEach(s -> header.add(unit.isEmpty() ? s.name() : s.name() + " (" + unit + ")"));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(days.get(i).toString());
      for (Series s : series) {
        row.add(Numbers.cell(s.values().get(i)));
      }
      rows.add(row);
    }
    return new DataTable(title, header, rows);
  }
}
