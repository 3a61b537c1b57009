package org.brandpulse.reporting.chart;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Small chart fixtures with multilingual labels. */
final class Charts {

  private Charts() {}

  static TimeSeriesChart traffic() {
    LocalDate d = LocalDate.of(2026, 11, 23);
    return new TimeSeriesChart(
        "traffic-by-day",
        "Sessions by day",
        List.of(d, d.plusDays(1), d.plusDays(2), d.plusDays(3)),
        List.of(
            new Series("Organic", Arrays.asList(120.0, 135.0, null, 150.5)),
            Series.of("সামাজিক মাধ্যম", 40, 42, 39, 61)),
        TimeSeriesChart.Style.STACKED_AREA,
        "sessions");
  }

  static BarChart shareOfVoice() {
    return new BarChart(
        "share-of-voice",
        "Share of voice",
        List.of("Brandpulse", "منافس", "競合 😀"),
        List.of(Series.of("Mentions", 420, 310, 95)),
        false,
        true,
        "");
  }

  /** Landing pages, one far longer than an axis label may be, with a gap. */
  static BarChart landingPages() {
    return new BarChart(
        "landing-pages",
        "Sessions by landing page",
        List.of("/", "/category/উপহার-সামগ্রী-ও-আরও-অনেক-কিছু/ঈদ-সেল-২০২৬", "/<b>sale</b>"),
        List.of(
            Series.of("This period", 440, 24, 3),
            new Series("Previous period", Arrays.asList(414.0, 31.0, null))),
        false,
        true,
        "sessions",
        "Landing page");
  }

  static PieChart sentiment() {
    return new PieChart(
        "sentiment-split",
        "Sentiment",
        List.of(
            new PieChart.Slice("positive", 310),
            new PieChart.Slice("neutral", 90),
            new PieChart.Slice("negative", 100)),
        true);
  }

  static GaugeChart health() {
    return new GaugeChart("seo-health", "SEO health", 87.5, 0, 100, "/100");
  }
}
