package org.brandpulse.reporting.report.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.reporting.chart.BarChart;
import org.brandpulse.reporting.chart.DataTable;
import org.brandpulse.reporting.chart.Series;
import org.brandpulse.reporting.chart.TimeSeriesChart;
import org.brandpulse.reporting.period.Contribution;
import org.brandpulse.reporting.period.Growth;
import org.brandpulse.reporting.period.GrowthService;
import org.brandpulse.reporting.period.MetricsReader;
import org.brandpulse.reporting.period.Period;
import org.brandpulse.reporting.period.SiteRef;
import org.brandpulse.reporting.report.Block;
import org.brandpulse.reporting.report.Kpi;
import org.brandpulse.reporting.report.KpiUnit;
import org.brandpulse.reporting.report.Section;
import org.brandpulse.reporting.report.SectionKind;
import org.brandpulse.reporting.report.UrlText;

/** The traffic parts of a report: KPIs, traffic by day and channel, landing pages. */
class TrafficSections {

  private static final int TOP_CHANNELS = 6;

  private final GrowthService growth;
  private final MetricsReader metrics;

  TrafficSections(GrowthService growth, MetricsReader metrics) {
    this.growth = growth;
    this.metrics = metrics;
  }

  /** The traffic figures of a site for a period, or null when it has none stored. */
  Growth growth(SiteRef site, Period period) throws StoreException {
    String source = metrics.primarySource(site.name(), Metric.SESSIONS);
    return source == null ? null : growth.growth(site, period, source);
  }

  /** Sessions, users, conversions and conversion rate against the previous period. */
  static List<Kpi> kpis(Growth g) {
    List<Kpi> out = new ArrayList<>();
    for (Growth.Row r : g.rows()) {
      String name =
          switch (r.name()) {
            case "sessions" -> "Sessions";
            case "visitors" -> "Users";
            case "conversions" -> "Conversions";
            case "conversionRate" -> "Conversion rate";
            default -> null;
          };
      if (name == null) {
        continue;
      }
      if (g.coverage().current().partial()) {
        // said in the KPI itself, so the e-mail's headline table says it too
        name += " (PARTIAL period: " + g.coverage().current() + ")";
      }
      KpiUnit unit = r.name().endsWith("Rate") ? KpiUnit.PERCENT : KpiUnit.COUNT;
      // rates are held in percent; the KPI takes a fraction
      double scale = unit == KpiUnit.PERCENT ? 0.01 : 1;
      Double previous =
          g.previousCovered() && !g.coverage().current().partial()
              ? r.vsPrevious().base() * scale
              : null;
      out.add(Kpi.of(name, r.vsPrevious().current() * scale, previous, unit));
    }
    return out;
  }

  private NavigableMap<LocalDate, Double> sessions(SiteRef site, Growth g, Period p) {
    return metrics.series(
        site.name(), g.source(), Dimension.TOTAL, null, Metric.SESSIONS, p.start(), p.end());
  }

  /** Sessions per day (with the previous period for reference) and by channel. */
  Section traffic(SiteRef site, Growth g, Period period) {
    List<LocalDate> days = period.days().toList();
    NavigableMap<LocalDate, Double> now = sessions(site, g, period);
    NavigableMap<LocalDate, Double> before = sessions(site, g, period.previous());
    List<Double> current = new ArrayList<>();
    List<Double> previous = new ArrayList<>();
    List<LocalDate> beforeDays = period.previous().days().toList();
    for (int i = 0; i < days.size(); i++) {
      current.add(now.getOrDefault(days.get(i), 0.0));
      previous.add(i < beforeDays.size() ? before.getOrDefault(beforeDays.get(i), 0.0) : 0.0);
    }
    TimeSeriesChart byDay =
        new TimeSeriesChart(
            "traffic-by-day",
            "Sessions per day, " + site.name(),
            days,
            List.of(
                new Series("This period", current),
                new Series("Previous period (same weekday)", previous)),
            TimeSeriesChart.Style.LINE,
            "sessions");
    Map<String, NavigableMap<LocalDate, Double>> channels =
        metrics.breakdown(
            site.name(),
            g.source(),
            Dimension.CHANNEL,
            Metric.SESSIONS,
            period.start(),
            period.end());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Chart(byDay));
    if (!channels.isEmpty()) {
      List<String> top =
          channels.entrySet().stream()
              .sorted(
                  (a, b) ->
                      Double.compare(
                          b.getValue().values().stream().mapToDouble(Double::doubleValue).sum(),
                          a.getValue().values().stream().mapToDouble(Double::doubleValue).sum()))
              .limit(TOP_CHANNELS)
              .map(Map.Entry::getKey)
              .toList();
      List<Series> series = new ArrayList<>();
      for (String channel : top) {
        List<Double> values = new ArrayList<>();
        for (LocalDate d : days) {
          values.add(channels.get(channel).getOrDefault(d, 0.0));
        }
        series.add(new Series(channel.isEmpty() ? "(none)" : channel, values));
      }
      blocks.add(
          new Block.Chart(
              new TimeSeriesChart(
                  "traffic-by-channel",
                  "Sessions per day by channel",
                  days,
                  series,
                  TimeSeriesChart.Style.STACKED_AREA,
                  "sessions")));
      blocks.add(
          new Block.Table(
              contributions(
                  "Channels: share of the change",
                  "Channel",
                  g.channels(),
                  TrafficSections::nameOf)));
    }
    blocks.add(
        new Block.Note(
            "Source: "
                + g.source()
                + (g.coverage().current().partial()
                    ? "; PARTIAL: this period has data for " + g.coverage().current() + " only"
                    : "")
                + (g.previousCovered()
                    ? ""
                    : "; the previous period has gaps in the data ("
                        + g.coverage().previous()
                        + "), so it is not compared")));
    return new Section(SectionKind.TRAFFIC, SectionKind.TRAFFIC.title(), null, blocks);
  }

  /** The landing pages with the largest change in sessions. */
  Section landingPages(Growth g) {
    if (g.landingPages().isEmpty()) {
      return Section.absent(
          SectionKind.LANDING_PAGES,
          "the traffic source (" + g.source() + ") has no landing pages");
    }
    List<Contribution> top = g.landingPages();
    List<String> pages = top.stream().map(TrafficSections::page).toList();
    BarChart chart =
        new BarChart(
            "landing-pages",
            "Sessions by landing page: this period and the previous one",
            pages,
            List.of(
                new Series("This period", top.stream().map(c -> c.change().current()).toList()),
                new Series("Previous period", top.stream().map(c -> c.change().base()).toList())),
            false,
            true,
            "sessions",
            "Landing page");
    return Section.present(
        SectionKind.LANDING_PAGES,
        new Block.Chart(chart),
        new Block.Table(
            contributions(
                "Landing pages: change in sessions", "Landing page", top, TrafficSections::page)));
  }

  /** A landing page as people read it: percent-decoded, "(none)" when empty. */
  private static String page(Contribution c) {
    return c.key().isEmpty() ? "(none)" : UrlText.decodeForDisplay(c.key());
  }

  private static String nameOf(Contribution c) {
    return c.key().isEmpty() ? "(none)" : c.key();
  }

  private static DataTable contributions(
      String caption,
      String heading,
      List<Contribution> rows,
      Function<Contribution, String> name) {
    List<List<String>> out = new ArrayList<>();
    for (Contribution c : rows) {
      out.add(
          List.of(
              name.apply(c),
              String.format(java.util.Locale.ROOT, "%,.0f", c.change().base()),
              String.format(java.util.Locale.ROOT, "%,.0f", c.change().current()),
              String.format(java.util.Locale.ROOT, "%+,.0f", c.change().absolute()),
              c.share() == null
                  ? "n/a"
                  : String.format(java.util.Locale.ROOT, "%+.0f %%", c.share() * 100)));
    }
    return new DataTable(
        caption, List.of(heading, "Previous", "This period", "Change", "Share of change"), out);
  }
}
