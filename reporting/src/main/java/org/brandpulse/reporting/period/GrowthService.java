package org.brandpulse.reporting.period;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.reporting.complaints.NeedsReply;

/** Computes a site's {@link Growth} for a period from the stored metrics and posts. */
public class GrowthService {

  private static final int TOP_PAGES = 10;

  /** Search queries and pages shown, and lost ones listed. */
  public static final int TOP_SEARCH = 10;

  private final MetricsReader metrics;
  private final SearchRangeReader searchRanges;
  private final PostStore posts;

  /**
   * @param metrics the stored daily metrics
   * @param searchRanges the stored Search Console range totals
   * @param posts the post store, for the brand's social figures
   */
  public GrowthService(MetricsReader metrics, SearchRangeReader searchRanges, PostStore posts) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.searchRanges = Objects.requireNonNull(searchRanges, "searchRanges");
    this.posts = Objects.requireNonNull(posts, "posts");
  }

  /**
   * The growth of {@code period} for a site, from {@code source} (null: the source with the most
   * days of sessions, else of search impressions).
   *
   * @throws IllegalArgumentException when the site has no metrics
   */
  public Growth growth(SiteRef site, Period period, String source) throws StoreException {
    String from = source != null ? source : metrics.primarySource(site.name(), Metric.SESSIONS);
    if (from == null) {
      // a site with Search Console data only
      from = metrics.primarySource(site.name(), Metric.IMPRESSIONS);
    }
    if (from == null) {
      throw new IllegalArgumentException(
          "site '"
              + site.name()
              + "' has no metrics yet; import some first (brandpulse metrics import --site "
              + site.name()
              + " --access-log FILE, or the ingestMetrics job)");
    }
    LocalDate start = period.sameLastYear().start().minusDays(7);
    LocalDate end = period.end();
    Map<Metric, DailySeries> totals = new LinkedHashMap<>();
    for (Metric m :
        List.of(
            Metric.SESSIONS,
            Metric.VISITORS,
            Metric.PAGEVIEWS,
            Metric.CONVERSIONS,
            Metric.BOUNCES)) {
      totals.put(
          m,
          DailySeries.of(
              m.id(), metrics.series(site.name(), from, Dimension.TOTAL, null, m, start, end)));
    }
    for (Metric m : List.of(Metric.CLICKS, Metric.IMPRESSIONS)) {
      totals.put(
          m,
          DailySeries.of(
              m.id(), metrics.series(site.name(), from, Dimension.TOTAL, null, m, start, end)));
    }
    DailySeries impressions = totals.get(Metric.IMPRESSIONS);
    boolean search = !impressions.values().isEmpty();
    boolean traffic = !totals.get(Metric.SESSIONS).values().isEmpty() || !search;
    // the days a source has data: sessions for traffic sources, impressions for Search Console
    DailySeries sessions = traffic ? totals.get(Metric.SESSIONS) : impressions;
    NavigableMap<LocalDate, Double> hours = metrics.coveredHours(site.name(), from, start, end);
    ZoneId zone = site.zone();
    Growth.Coverages coverage =
        new Growth.Coverages(
            coverage(period, sessions, hours, zone),
            coverage(period.previous(), sessions, hours, zone),
            coverage(period.sameLastYear(), sessions, hours, zone));
    boolean previous = sessions.covers(period.previous()) && !coverage.previous().partial();
    boolean lastYear = sessions.covers(period.sameLastYear()) && !coverage.lastYear().partial();
    List<Growth.Row> rows = new ArrayList<>();
    if (traffic) {
      DailySeries visits = totals.get(Metric.SESSIONS);
      for (Metric m :
          List.of(Metric.SESSIONS, Metric.VISITORS, Metric.PAGEVIEWS, Metric.CONVERSIONS)) {
        rows.add(row(m.id(), p -> totals.get(m).sum(p), period, lastYear));
      }
      DailySeries conversions = totals.get(Metric.CONVERSIONS);
      DailySeries bounces = totals.get(Metric.BOUNCES);
      rows.add(
          row("conversionRate", p -> rate(conversions.sum(p), visits.sum(p)), period, lastYear));
      rows.add(row("bounceRate", p -> rate(bounces.sum(p), visits.sum(p)), period, lastYear));
    }
    if (search) {
      DailySeries clicks = totals.get(Metric.CLICKS);
      DailySeries position =
          DailySeries.of(
              "position",
              metrics.series(
                  site.name(), from, Dimension.TOTAL, null, Metric.POSITION, start, end));
      rows.add(row("clicks", p -> clicks.sum(p), period, lastYear));
      rows.add(row("impressions", p -> impressions.sum(p), period, lastYear));
      rows.add(
          row("clickThroughRate", p -> rate(clicks.sum(p), impressions.sum(p)), period, lastYear));
      rows.add(row("averagePosition", p -> weighted(position, impressions, p), period, lastYear));
    }
    PeriodComparison channels =
        PeriodComparison.of(breakdown(site, from, Dimension.CHANNEL, start, end), period);
    PeriodComparison pages =
        PeriodComparison.of(breakdown(site, from, Dimension.LANDING_PAGE, start, end), period);
    return new Growth(
        site.name(),
        from,
        period,
        previous,
        lastYear,
        coverage,
        rows,
        channels.byPrevious(),
        pages.byPrevious().subList(0, Math.min(TOP_PAGES, pages.byPrevious().size())),
        site.brand() == null ? null : social(site, period),
        search(site.name(), from, period));
  }

  /** The exports' top queries and pages for the period, or null without range totals. */
  Growth.Search search(String site, String source, Period period) {
    List<ExportRange> stored = searchRanges.ranges(site, source);
    if (stored.isEmpty()) {
      return null;
    }
    var pair = ExportRange.pick(stored, period);
    if (pair.isEmpty()) {
      return new Growth.Search(stored, null, null);
    }
    return new Growth.Search(
        stored,
        tops(site, source, pair.get(), Dimension.SEARCH_QUERY),
        tops(site, source, pair.get(), Dimension.SEARCH_PAGE));
  }

  private SearchTops tops(String site, String source, ExportRange.Pair pair, Dimension dimension) {
    return SearchTops.of(
        dimension,
        pair,
        searchRanges.totals(site, source, pair.current(), dimension),
        pair.previous() == null
            ? List.of()
            : searchRanges.totals(site, source, pair.previous(), dimension),
        TOP_SEARCH);
  }

  /**
   * Hours with data in a period: the recorded hours of a day, else a whole day when the source has
   * sessions that day (sources without hours, such as exports, cover whole days), else none.
   */
  static Growth.Coverage coverage(
      Period period, DailySeries sessions, NavigableMap<LocalDate, Double> hours, ZoneId zone) {
    double covered = 0;
    double of = 0;
    for (LocalDate day : period.days().toList()) {
      double length =
          java.time.Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone))
                  .toMinutes()
              / 60.0;
      of += length;
      Double h = hours.get(day);
      if (h != null) {
        covered += Math.min(h, length);
      } else if (sessions.values().containsKey(day)) {
        covered += length;
      }
    }
    return new Growth.Coverage(covered, of);
  }

  private static Growth.Row row(
      String name, Function<Period, Double> value, Period period, boolean lastYear) {
    double now = value.apply(period);
    return new Growth.Row(
        name,
        Change.of(now, value.apply(period.previous())),
        lastYear ? Change.of(now, value.apply(period.sameLastYear())) : null);
  }

  /** The impressions-weighted mean of a daily average such as the search position. */
  private static double weighted(DailySeries average, DailySeries weight, Period p) {
    double sum = 0;
    double weights = 0;
    for (LocalDate day : p.days().toList()) {
      double w = weight.valueOn(day);
      if (w > 0 && average.values().containsKey(day)) {
        sum += average.valueOn(day) * w;
        weights += w;
      }
    }
    return weights == 0 ? 0 : sum / weights;
  }

  private static double rate(double part, double whole) {
    return whole == 0 ? 0 : part / whole * 100;
  }

  private Map<String, DailySeries> breakdown(
      SiteRef site, String source, Dimension dimension, LocalDate from, LocalDate to) {
    Map<String, DailySeries> out = new LinkedHashMap<>();
    for (Map.Entry<String, NavigableMap<LocalDate, Double>> e :
        metrics.breakdown(site.name(), source, dimension, Metric.SESSIONS, from, to).entrySet()) {
      out.put(e.getKey(), DailySeries.of(e.getKey(), e.getValue()));
    }
    return out;
  }

  private Growth.Social social(SiteRef site, Period period) throws StoreException {
    ZoneId zone = site.zone();
    double[] now = social(site.brand(), period, zone);
    double[] before = social(site.brand(), period.previous(), zone);
    return new Growth.Social(
        site.brand(),
        Change.of(now[0], before[0]),
        Change.of(now[1], before[1]),
        Change.of(now[2], before[2]),
        Change.of(now[3], before[3]));
  }

  /** Mentions, net sentiment, negative posts and complaints needing a reply in a period. */
  private double[] social(String brand, Period period, ZoneId zone) throws StoreException {
    PostFilter filter =
        PostFilter.ALL
            .brands(Set.of(brand))
            .between(
                period.start().atStartOfDay(zone).toInstant(),
                period.endExclusive().atStartOfDay(zone).toInstant());
    double mentions = posts.count(filter);
    double positive = posts.count(filter.sentiments(Set.of(SentimentLabel.POSITIVE)));
    double negative = posts.count(filter.sentiments(Set.of(SentimentLabel.NEGATIVE)));
    double complaints = posts.count(NeedsReply.complaints(filter));
    double net = mentions == 0 ? 0 : (positive - negative) / mentions * 100;
    return new double[] {mentions, net, negative, complaints};
  }
}
