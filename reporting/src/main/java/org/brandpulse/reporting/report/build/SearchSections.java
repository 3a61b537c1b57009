package org.brandpulse.reporting.report.build;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.reporting.period.Growth;
import org.brandpulse.reporting.period.GrowthService;
import org.brandpulse.reporting.period.MetricsReader;
import org.brandpulse.reporting.period.Period;
import org.brandpulse.reporting.period.SearchRangeReader;
import org.brandpulse.reporting.period.SiteRef;
import org.brandpulse.reporting.report.Section;
import org.brandpulse.reporting.report.SectionKind;

/**
 * Fetches a site's Search Console figures for the report's search section: the daily table's totals
 * of the period and the previous one, and the exports' top queries and pages ({@link SearchSection}
 * builds the section).
 */
class SearchSections {

  private final GrowthService growth;
  private final MetricsReader metrics;
  private final SearchRangeReader ranges;

  SearchSections(GrowthService growth, MetricsReader metrics, SearchRangeReader ranges) {
    this.growth = growth;
    this.metrics = metrics;
    this.ranges = ranges;
  }

  /** The search section of a site, absent with the reason when it has no Search Console data. */
  Section search(SiteRef site, Period period) throws StoreException {
    if (site == null) {
      return Section.absent(SectionKind.SEARCH, "no site is configured for this brand");
    }
    List<String> withRanges = ranges.sources(site.name());
    String source =
        withRanges.isEmpty()
            ? metrics.primarySource(site.name(), Metric.IMPRESSIONS)
            : withRanges.get(0);
    if (source == null) {
      return Section.absent(
          SectionKind.SEARCH,
          "no Search Console data is stored for "
              + site.name()
              + " (brandpulse metrics import --site "
              + site.name()
              + " --search-console FILE_OR_DIR)");
    }
    Growth g = growth.growth(site, period, source);
    Map<String, Growth.Row> rows =
        g.rows().stream().collect(Collectors.toMap(Growth.Row::name, Function.identity()));
    Growth.Row clicks = rows.get("clicks");
    Growth.Row impressions = rows.get("impressions");
    Growth.Row position = rows.get("averagePosition");
    SearchSection.Totals now =
        clicks == null
            ? new SearchSection.Totals(0, 0, 0)
            : new SearchSection.Totals(
                clicks.vsPrevious().current(),
                impressions.vsPrevious().current(),
                position.vsPrevious().current());
    SearchSection.Totals before =
        clicks == null || !g.previousCovered()
            ? null
            : new SearchSection.Totals(
                clicks.vsPrevious().base(),
                impressions.vsPrevious().base(),
                position.vsPrevious().base());
    Growth.Search s = g.search();
    return SearchSection.build(
        new SearchSection.Input(
            source,
            period,
            now,
            before,
            daily(site, source, Metric.CLICKS, period),
            daily(site, source, Metric.IMPRESSIONS, period),
            s == null ? List.of() : s.stored(),
            s == null ? null : s.queries(),
            s == null ? null : s.pages()));
  }

  private java.util.NavigableMap<java.time.LocalDate, Double> daily(
      SiteRef site, String source, Metric metric, Period period) {
    return metrics.series(
        site.name(), source, Dimension.TOTAL, null, metric, period.start(), period.end());
  }
}
