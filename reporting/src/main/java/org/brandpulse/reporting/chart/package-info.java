/**
 * Charts for reports: describe a chart as a small record, get an ECharts option, an SVG or a PNG.
 *
 * <p>A chart is a {@link org.brandpulse.reporting.chart.ChartSpec}: a {@link
 * org.brandpulse.reporting.chart.TimeSeriesChart} of named {@link
 * org.brandpulse.reporting.chart.Series} over days, a {@link
 * org.brandpulse.reporting.chart.BarChart} by category, a {@link
 * org.brandpulse.reporting.chart.PieChart} or a {@link org.brandpulse.reporting.chart.GaugeChart}.
 * Each one knows its numbers as a {@link org.brandpulse.reporting.chart.DataTable}, which the HTML
 * report prints beside the picture.
 *
 * <p>{@link org.brandpulse.reporting.chart.EChartsOptions} turns a spec into an ECharts option
 * (echarts-java builders, JSON text) for the browser. {@link
 * org.brandpulse.reporting.chart.SvgChartRenderer} draws the same option to SVG on the server
 * (ECharts' SSR mode in GraalJS, one engine reused), and {@link
 * org.brandpulse.reporting.chart.PngRasterizer} turns that SVG into PNG bytes for email clients
 * that do not show SVG. {@link org.brandpulse.reporting.chart.EChartsScript} is the ECharts library
 * itself, read from its webjar, so nothing is ever fetched from the network.
 */
package org.brandpulse.reporting.chart;
