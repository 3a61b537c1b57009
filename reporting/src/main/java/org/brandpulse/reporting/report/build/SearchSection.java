package org.brandpulse.reporting.report.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Objects;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.reporting.chart.Series;
import org.brandpulse.reporting.chart.TimeSeriesChart;
import org.brandpulse.reporting.period.ExportRange;
import org.brandpulse.reporting.period.Period;
import org.brandpulse.reporting.period.SearchEntry;
import org.brandpulse.reporting.period.SearchTops;
import org.brandpulse.reporting.report.Block;
import org.brandpulse.reporting.report.Kpi;
import org.brandpulse.reporting.report.KpiUnit;
import org.brandpulse.reporting.report.Section;
import org.brandpulse.reporting.report.SectionKind;
import org.brandpulse.reporting.report.UrlText;

/**
 * The Search Console section: clicks, impressions, CTR and average position of the period from the
 * daily table, clicks and impressions per day, and the top queries and pages of the latest export
 * that covers the period against the export before it (new and lost entries said).
 *
 * <p>Queries and pages are totals over each export's whole range, not over the report period; the
 * section says which ranges it compares. Query and page text is left as exported (page addresses
 * percent-decoded for reading, {@link UrlText}); renderers escape it.
 */
public final class SearchSection {

  /**
   * The search figures of a span of days, from the daily table.
   *
   * @param clicks clicks
   * @param impressions impressions
   * @param position the impressions-weighted average position, 0 without impressions
   */
  public record Totals(double clicks, double impressions, double position) {
    /** Clicks per impression, 0 without impressions. */
    public double ctr() {
      return impressions == 0 ? 0 : clicks / impressions;
    }
  }

  /**
   * What the section is built from.
   *
   * @param source the Search Console source's name
   * @param period the report period
   * @param now the period's totals
   * @param before the previous period's totals, or null when that period is not fully covered
   * @param clicks daily clicks of the period (absent days: no data)
   * @param impressions daily impressions of the period
   * @param stored every export range stored for the source, for saying what is there
   * @param queries the top queries, or null when no stored export shares a day with the period
   * @param pages the top pages, or null likewise
   */
  public record Input(
      String source,
      Period period,
      Totals now,
      Totals before,
      NavigableMap<LocalDate, Double> clicks,
      NavigableMap<LocalDate, Double> impressions,
      List<ExportRange> stored,
      SearchTops queries,
      SearchTops pages) {
    public Input {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(now, "now");
      stored = List.copyOf(stored);
    }
  }

  private SearchSection() {}

  /** The section, or an absent one saying why when the source has nothing for the period. */
  public static Section build(Input in) {
    if (in.clicks().isEmpty() && in.impressions().isEmpty() && in.queries() == null) {
      return Section.absent(
          SectionKind.SEARCH,
          "the Search Console source "
              + in.source()
              + " has no daily data and no export covering "
              + in.period().start()
              + " .. "
              + in.period().end()
              + stored(in.stored()));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Kpis(kpis(in.now(), in.before())));
    blocks.add(new Block.Chart(chart(in)));
    if (in.queries() == null) {
      blocks.add(
          new Block.Note(
              "No Search Console export of "
                  + in.source()
                  + " covers this period, so no top queries or pages"
                  + stored(in.stored())
                  + "."));
    } else {
      blocks.add(new Block.Note(ranges(in.source(), in.queries())));
      blocks.add(new Block.Table(SearchTable.of("Top queries", "Query", in.queries())));
      if (in.pages() != null && in.pages().listed() > 0) {
        blocks.add(new Block.Table(SearchTable.of("Top pages", "Page", in.pages())));
      }
    }
    return new Section(SectionKind.SEARCH, SectionKind.SEARCH.title(), null, blocks);
  }

  private static List<Kpi> kpis(Totals now, Totals before) {
    return List.of(
        Kpi.of(
            "Search clicks", now.clicks(), before == null ? null : before.clicks(), KpiUnit.COUNT),
        Kpi.of(
            "Search impressions",
            now.impressions(),
            before == null ? null : before.impressions(),
            KpiUnit.COUNT),
        Kpi.of("Search CTR", now.ctr(), before == null ? null : before.ctr(), KpiUnit.PERCENT),
        Kpi.lowerIsBetter(
            "Average position",
            now.position(),
            before == null ? null : before.position(),
            KpiUnit.SCORE));
  }

  private static TimeSeriesChart chart(Input in) {
    List<LocalDate> days = in.period().days().toList();
    List<Double> clicks = new ArrayList<>();
    List<Double> impressions = new ArrayList<>();
    for (LocalDate d : days) {
      clicks.add(in.clicks().getOrDefault(d, 0.0));
      impressions.add(in.impressions().getOrDefault(d, 0.0));
    }
    return new TimeSeriesChart(
        "search-by-day",
        "Search clicks and impressions per day",
        days,
        List.of(new Series("Clicks", clicks), new Series("Impressions", impressions)),
        TimeSeriesChart.Style.LINE,
        "");
  }

  private static String ranges(String source, SearchTops tops) {
    return String.format(
        Locale.ROOT,
        "Queries and pages of %s are totals over each export's whole range, not of this period:"
            + " export %s (%d days)%s.",
        source,
        tops.current(),
        tops.current().days(),
        tops.compared()
            ? " against export " + tops.previous() + " (" + tops.previous().days() + " days)"
            : ", the first one stored, so no change is shown");
  }

  private static String stored(List<ExportRange> stored) {
    if (stored.isEmpty()) {
      return " (no export is stored)";
    }
    return " (exports stored: "
        + String.join(", ", stored.stream().map(ExportRange::toString).toList())
        + ")";
  }

  /** The key as people read it: page addresses percent-decoded, queries as they are. */
  static String display(SearchTops tops, SearchEntry e) {
    return tops.dimension() == Dimension.SEARCH_PAGE ? UrlText.decodeForDisplay(e.key()) : e.key();
  }
}
