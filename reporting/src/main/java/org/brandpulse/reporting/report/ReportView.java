package org.brandpulse.reporting.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.brandpulse.reporting.chart.ChartSpec;
import org.brandpulse.reporting.chart.EChartsOptions;
import org.brandpulse.reporting.period.Period;

/**
 * Helpers the templates call as {@code ${view.…}}: block types, text clipping, dates, link checks
 * and chart option JSON that is safe inside a {@code <script>} element. Public only because the
 * template engine calls it reflectively.
 */
public final class ReportView {

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  ReportView() {}

  /** The block's type name: kpis, chart, table, posts, complaints, anomalies, coverage, note. */
  public String type(Block block) {
    return block.getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }

  /**
   * The chart's ECharts option as JSON for a {@code <script type="application/json">} element:
   * {@code <}, {@code >} and {@code &} become {@code \u003c}, {@code \u003e} and {@code \u0026}, so
   * no text from a post can close the element ({@code </script>}) or open a comment; U+2028 and
   * U+2029 are escaped too.
   */
  public String chartJson(ChartSpec chart) {
    return scriptSafe(EChartsOptions.json(chart));
  }

  static String scriptSafe(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Data tables with more columns than this go below their chart instead of beside it. */
  static final int MAX_COLUMNS_BESIDE = 4;

  /** Whether the chart's data table is too wide to sit beside it. */
  public boolean wideTable(ChartSpec chart) {
    return chart.table().header().size() > MAX_COLUMNS_BESIDE;
  }

  /** At most {@code max} characters (by code point), with an ellipsis when clipped. */
  public String clip(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
  }

  /** Whether the address may be a link (see {@link Links}). */
  public boolean linkable(String url) {
    return Links.linkable(url);
  }

  /** {@code 2026-11-30 08:00 UTC}. */
  public String instant(Instant instant) {
    return INSTANT.format(instant);
  }

  /** {@code 2026-W48 (2026-11-23 to 2026-11-29)}. */
  public String period(Period period) {
    return period.label() + " (" + period.start() + " to " + period.end() + ")";
  }

  /** Text colour for a KPI change in email: green when good, red when bad, ink when flat. */
  public String trendColor(Kpi kpi) {
    return switch (kpi.trend()) {
      case "good" -> "#1a7f37";
      case "bad" -> "#c62828";
      default -> "#1d2330";
    };
  }

  /** A count with thousands separators. */
  public String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
