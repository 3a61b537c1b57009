package org.brandpulse.reporting.report.build;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.store.Facet;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.ingest.store.TermCount;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.reporting.chart.DataTable;
import org.brandpulse.reporting.chart.Series;
import org.brandpulse.reporting.chart.TimeSeriesChart;
import org.brandpulse.reporting.complaints.NeedsReply;
import org.brandpulse.reporting.period.Anomaly;
import org.brandpulse.reporting.period.AnomalyDetector;
import org.brandpulse.reporting.period.DailySeries;
import org.brandpulse.reporting.period.Growth;
import org.brandpulse.reporting.period.GrowthService;
import org.brandpulse.reporting.period.MetricsReader;
import org.brandpulse.reporting.period.Period;
import org.brandpulse.reporting.period.PostCounts;
import org.brandpulse.reporting.period.SiteRef;
import org.brandpulse.reporting.period.SourceCoverage;
import org.brandpulse.reporting.report.AnomalyRow;
import org.brandpulse.reporting.report.Block;
import org.brandpulse.reporting.report.CoverageRow;
import org.brandpulse.reporting.report.Kpi;
import org.brandpulse.reporting.report.ReportModel;
import org.brandpulse.reporting.report.Section;
import org.brandpulse.reporting.report.SectionKind;
import org.brandpulse.reporting.report.UrlText;
import org.brandpulse.seoaudit.audit.AuditDiff;
import org.brandpulse.seoaudit.checks.Finding;

/**
 * Builds a brand's period report from what is stored: site metrics of the brand's sites, posts,
 * complaint cases, audits. A section whose data is absent says why instead of showing zeros.
 */
public class ReportBuilder {

  /** Days of history the anomaly detector replays before the period. */
  static final int ANOMALY_HISTORY_DAYS = 70;

  private final TrafficSections traffic;
  private final SocialSections social;
  private final SearchSections search;
  private final MetricsReader metrics;
  private final PostStore posts;
  private final AuditHistory audits;

  /** A builder over the stored data. */
  public ReportBuilder(ReportData data) {
    GrowthService growth = new GrowthService(data.metrics(), data.searchRanges(), data.posts());
    this.traffic = new TrafficSections(growth, data.metrics());
    this.social = new SocialSections(data.posts(), data.cases());
    this.search = new SearchSections(growth, data.metrics(), data.searchRanges());
    this.metrics = data.metrics();
    this.posts = data.posts();
    this.audits = data.audits();
  }

  /**
   * Builds the report of {@code period} for a brand.
   *
   * @param brand the brand
   * @param site the brand's site, or null when it has none
   * @param period the period reported
   * @param now when the report is built
   * @param slaHours the reply SLA complaint rows are judged against
   */
  public ReportModel build(
      ReportBrand brand, SiteRef site, Period period, Instant now, int slaHours)
      throws StoreException {
    ZoneId zone = site == null ? ZoneId.of("UTC") : site.zone();
    Growth growth = site == null ? null : traffic.growth(site, period);
    List<Kpi> kpis = new ArrayList<>();
    if (growth != null) {
      kpis.addAll(TrafficSections.kpis(growth));
    }
    kpis.addAll(social.kpis(brand, period, zone));
    ReportModel.Builder b = ReportModel.builder(brand.name(), period, now);
    List<Block> headline = new ArrayList<>();
    headline.add(new Block.Kpis(kpis));
    if (growth == null) {
      headline.add(new Block.Note(noTraffic(brand, site)));
    }
    b.section(new Section(SectionKind.HEADLINE, SectionKind.HEADLINE.title(), null, headline));
    if (growth == null) {
      b.section(Section.absent(SectionKind.TRAFFIC, noTraffic(brand, site)));
      b.section(Section.absent(SectionKind.LANDING_PAGES, noTraffic(brand, site)));
    } else {
      b.section(traffic.traffic(site, growth, period));
      b.section(traffic.landingPages(growth));
    }
    b.section(search.search(site, period));
    b.section(social.mentions(brand, period, zone));
    b.section(social.shareOfVoice(brand, period, zone));
    b.section(social.keywords(brand, period, zone));
    b.section(social.topPosts(brand, period, zone));
    b.section(social.ownPosts(brand, period, zone));
    b.section(social.complaints(brand, period, zone, now, slaHours));
    b.section(seo(site, period));
    b.section(anomalies(brand, site, growth, period, zone));
    b.section(coverage(brand, site, period, zone));
    return b.build();
  }

  /**
   * The days of a period a source has totals for: sessions, or for a Search Console source, which
   * has none, impressions.
   */
  private NavigableMap<LocalDate, Double> coveredDays(SiteRef site, String source, Period p) {
    NavigableMap<LocalDate, Double> days =
        metrics.series(
            site.name(), source, Dimension.TOTAL, null, Metric.SESSIONS, p.start(), p.end());
    return days.isEmpty()
        ? metrics.series(
            site.name(), source, Dimension.TOTAL, null, Metric.IMPRESSIONS, p.start(), p.end())
        : days;
  }

  private static String noTraffic(ReportBrand brand, SiteRef site) {
    return site == null
        ? "no site is configured for " + brand.name() + " (sites[].brand)"
        : "no site metrics are stored for " + site.name() + " (import them first)";
  }

  private Section seo(SiteRef site, Period period) {
    String origin = site == null ? null : site.origin();
    List<AuditHistory.Audit> runs = origin == null ? List.of() : audits.timeline(origin);
    if (runs.isEmpty()) {
      return Section.absent(
          SectionKind.SEO,
          site == null
              ? "no site is configured for this brand"
              : "no completed SEO audit of " + origin + " (run brandpulse audit " + origin + ")");
    }
    List<Block> blocks = new ArrayList<>();
    if (runs.size() >= 2) {
      List<LocalDate> days = new ArrayList<>();
      List<Double> scores = new ArrayList<>();
      NavigableMap<LocalDate, Double> byDay = new TreeMap<>();
      runs.forEach(
          r -> byDay.put(r.startedAt().atZone(site.zone()).toLocalDate(), r.healthScore()));
      byDay.forEach(
          (d, v) -> {
            days.add(d);
            scores.add(v);
          });
      blocks.add(
          new Block.Chart(
              new TimeSeriesChart(
                  "seo-health",
                  "SEO health score per audit",
                  days,
                  List.of(new Series("Health score", scores)),
                  TimeSeriesChart.Style.LINE,
                  "score")));
    }
    AuditHistory.Audit last = runs.get(runs.size() - 1);
    List<Finding> current = audits.findings(last.id());
    List<Finding> before =
        runs.size() >= 2 ? audits.findings(runs.get(runs.size() - 2).id()) : List.of();
    AuditDiff diff = AuditDiff.compare(before, current);
    blocks.add(
        new Block.Note(
            String.format(
                Locale.ROOT,
                "Last audit %s: health score %.1f over %d pages; %d new and %d fixed findings"
                    + " since the audit before%s.",
                last.startedAt(),
                last.healthScore(),
                last.pages(),
                diff.added().size(),
                diff.fixed().size(),
                runs.size() >= 2 ? "" : " (this is the first audit)")));
    List<List<String>> rows = new ArrayList<>();
    diff.added().stream()
        .limit(15)
        .forEach(f -> rows.add(List.of("new", f.check(), f.severity().id(), url(f))));
    diff.fixed().stream()
        .limit(15)
        .forEach(f -> rows.add(List.of("fixed", f.check(), f.severity().id(), url(f))));
    if (!rows.isEmpty() && runs.size() >= 2) {
      blocks.add(
          new Block.Table(
              new DataTable(
                  "New and fixed findings (first 15 of each)",
                  List.of("Change", "Check", "Severity", "URL"),
                  rows)));
    }
    return new Section(SectionKind.SEO, SectionKind.SEO.title(), null, blocks);
  }

  private static String url(Finding f) {
    return UrlText.decodeForDisplay(f.url());
  }

  private Section anomalies(
      ReportBrand brand, SiteRef site, Growth growth, Period period, ZoneId zone)
      throws StoreException {
    LocalDate from = period.start().minusDays(ANOMALY_HISTORY_DAYS);
    AnomalyDetector detector = new AnomalyDetector(AnomalyDetector.Settings.DEFAULTS);
    List<AnomalyRow> rows = new ArrayList<>();
    if (growth != null) {
      DailySeries sessions =
          DailySeries.of(
              "sessions",
              metrics.series(
                  site.name(),
                  growth.source(),
                  Dimension.TOTAL,
                  null,
                  Metric.SESSIONS,
                  from,
                  period.end()));
      Map<String, NavigableMap<LocalDate, Double>> channels =
          metrics.breakdown(
              site.name(), growth.source(), Dimension.CHANNEL, Metric.SESSIONS, from, period.end());
      for (Anomaly a : detector.detect(sessions)) {
        if (period.contains(a.day())) {
          rows.add(AnomalyRow.of(a, explainTraffic(a, channels)));
        }
      }
    }
    PostFilter all = SocialSections.mentionsOf(brand.name(), brand.handles());
    for (String name : List.of("mentions", "negative posts", "complaints")) {
      PostFilter f =
          switch (name) {
            case "mentions" -> all;
            case "negative posts" -> all.sentiments(Set.of(SentimentLabel.NEGATIVE));
            default -> NeedsReply.complaints(all);
          };
      NavigableMap<LocalDate, Double> values = PostCounts.daily(posts, f, zone, from, period.end());
      for (Anomaly a : detector.detect(DailySeries.of(name, values))) {
        if (period.contains(a.day())) {
          rows.add(AnomalyRow.of(a, explainPosts(brand, a, zone)));
        }
      }
    }
    if (rows.isEmpty()) {
      return Section.present(
          SectionKind.ANOMALIES,
          new Block.Note(
              "No spike or drop in sessions, mentions, negative posts or complaints (robust z-score"
                  + " against the same weekday of the 8 weeks before, |z| ≥ 3.5)."));
    }
    rows.sort((x, y) -> x.day().compareTo(y.day()));
    return Section.present(SectionKind.ANOMALIES, new Block.Anomalies(rows));
  }

  /** Which channel moved most against its own same-weekday median. */
  private static String explainTraffic(
      Anomaly a, Map<String, NavigableMap<LocalDate, Double>> channels) {
    String best = null;
    double bestDelta = 0;
    for (Map.Entry<String, NavigableMap<LocalDate, Double>> e : channels.entrySet()) {
      double value = e.getValue().getOrDefault(a.day(), 0.0);
      List<Double> base = new ArrayList<>();
      for (int w = 1; w <= 8; w++) {
        Double v = e.getValue().get(a.day().minusWeeks(w));
        if (v != null) {
          base.add(v);
        }
      }
      base.sort(null);
      double median = base.isEmpty() ? 0 : base.get(base.size() / 2);
      double delta = value - median;
      if (Math.abs(delta) > Math.abs(bestDelta)) {
        bestDelta = delta;
        best = e.getKey();
      }
    }
    double total = a.value() - a.baseline();
    if (best == null || total == 0) {
      return "no channel breakdown stored for that day";
    }
    return String.format(
        Locale.ROOT,
        "%s sessions %+.0f against their usual level: %.0f %% of the change",
        best.isEmpty() ? "(none)" : best,
        bestDelta,
        Math.min(999, bestDelta / total * 100));
  }

  /** The day's top keywords and its share of negative posts. */
  private String explainPosts(ReportBrand brand, Anomaly a, ZoneId zone) throws StoreException {
    PostFilter day =
        SocialSections.mentionsOf(brand.name(), brand.handles())
            .between(
                a.day().atStartOfDay(zone).toInstant(),
                a.day().plusDays(1).atStartOfDay(zone).toInstant());
    long n = posts.count(day);
    long negative = posts.count(day.sentiments(Set.of(SentimentLabel.NEGATIVE)));
    List<TermCount> top = posts.topKeywords(day, 3);
    return String.format(
        Locale.ROOT,
        "%d posts that day, %.0f %% negative; top keywords: %s",
        n,
        n == 0 ? 0.0 : negative * 100.0 / n,
        top.isEmpty() ? "none" : String.join(", ", top.stream().map(TermCount::term).toList()));
  }

  private Section coverage(ReportBrand brand, SiteRef site, Period period, ZoneId zone)
      throws StoreException {
    List<CoverageRow> rows = new ArrayList<>();
    PostFilter f = SocialSections.filter(brand.name(), period, zone);
    List<TermCount> bySource = posts.countBy(Facet.SOURCE, f);
    for (TermCount t : bySource) {
      rows.add(
          new CoverageRow(
              "posts: " + t.term(), CoverageRow.Status.COMPLETE, t.count(), "posts in the period"));
    }
    if (bySource.isEmpty()) {
      rows.add(
          new CoverageRow(
              "posts", CoverageRow.Status.MISSING, 0, "no post mentions the brand in the period"));
    }
    if (site == null) {
      rows.add(
          new CoverageRow(
              "site metrics", CoverageRow.Status.MISSING, 0, "no site configured for the brand"));
    } else {
      List<SourceCoverage> sources = metrics.coverage(site.name());
      if (sources.isEmpty()) {
        rows.add(
            new CoverageRow(
                "site metrics: " + site.name(),
                CoverageRow.Status.MISSING,
                0,
                "nothing imported yet"));
      }
      for (SourceCoverage c : sources) {
        NavigableMap<LocalDate, Double> days = coveredDays(site, c.source(), period);
        long missing = period.days().filter(d -> !days.containsKey(d)).count();
        NavigableMap<LocalDate, Double> hours =
            metrics.coveredHours(site.name(), c.source(), period.start(), period.end());
        List<String> partDays =
            hours.entrySet().stream()
                .filter(e -> e.getValue() < 23.99)
                .map(e -> String.format(Locale.ROOT, "%s (%.1f h)", e.getKey(), e.getValue()))
                .toList();
        String partly =
            partDays.isEmpty()
                ? ""
                : "; PARTIAL days, with data for only some hours: " + String.join(", ", partDays);
        rows.add(
            new CoverageRow(
                "site metrics: " + site.name() + "/" + c.source(),
                missing == 0 && partDays.isEmpty()
                    ? CoverageRow.Status.COMPLETE
                    : missing == period.lengthInDays()
                        ? CoverageRow.Status.MISSING
                        : CoverageRow.Status.PARTIAL,
                period.lengthInDays() - missing,
                (missing == 0
                        ? "every day of the period"
                        : missing
                            + " of "
                            + period.lengthInDays()
                            + " days missing; stored "
                            + c.first()
                            + " .. "
                            + c.last())
                    + partly));
      }
    }
    return Section.present(SectionKind.COVERAGE, new Block.Coverage(rows));
  }
}
