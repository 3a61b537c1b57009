package org.brandpulse.reporting.chart;

/**
 * What to draw, independent of how: a report names its charts with these records and {@link
 * EChartsOptions} turns them into an ECharts option. Every chart has an id (unique within a report,
 * {@code [a-z0-9-]+}, used for element ids and email content ids), a title, and a {@link #table()}
 * with the same numbers for readers who cannot or do not want to read the picture.
 */
public sealed interface ChartSpec permits TimeSeriesChart, BarChart, PieChart, GaugeChart {

  /** Unique id within a report, {@code [a-z0-9-]+}. */
  String id();

  /** Title shown above the chart and as the table caption. */
  String title();

  /** The chart's numbers as a table. */
  DataTable table();

  /** Checks an id; used by the records' constructors. */
  static String requireId(String id) {
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw new IllegalArgumentException(
          "chart id '" + id + "' is not valid, expected [a-z0-9-]+ of at most 64 characters");
    }
    return id;
  }
}
