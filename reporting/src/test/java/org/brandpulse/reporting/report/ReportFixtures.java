package org.brandpulse.reporting.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.RangeTotal;
import org.brandpulse.reporting.chart.BarChart;
import org.brandpulse.reporting.chart.DataTable;
import org.brandpulse.reporting.chart.GaugeChart;
import org.brandpulse.reporting.chart.PieChart;
import org.brandpulse.reporting.chart.Series;
import org.brandpulse.reporting.chart.TimeSeriesChart;
import org.brandpulse.reporting.period.Anomaly;
import org.brandpulse.reporting.period.ExportRange;
import org.brandpulse.reporting.period.Granularity;
import org.brandpulse.reporting.period.Period;
import org.brandpulse.reporting.period.SearchTops;
import org.brandpulse.reporting.report.build.SearchSection;

/**
 * A complete weekly report as the lead would fill it from the stores: every section kind, realistic
 * numbers, multilingual text (Bengali, Arabic, CJK, emoji) and hostile post text.
 */
public final class ReportFixtures {

  /** Post text that must come out escaped. */
  public static final String SCRIPT_POST = "Great deal!! <script>alert(1)</script> buy now";

  /** Post text that tries to break out of an attribute. */
  public static final String ATTRIBUTE_POST = "\"><img src=x onerror=alert(2)> ডেলিভারি দেরি";

  /** A decoded landing page far longer than a chart axis label may be. */
  public static final String LONG_PAGE =
      "/category/উপহার-সামগ্রী/ঈদ-উপহার-বাক্স-২০২৬/product/handmade-nakshi-kantha-quilt-king-size";

  /** A search query that must come out escaped. */
  public static final String SCRIPT_QUERY = "<script>alert(4)</script> চা & \"offers\"";

  /** The week of 2026-11-23. */
  public static final Period WEEK = Period.containing(Granularity.WEEK, LocalDate.of(2026, 11, 25));

  private ReportFixtures() {}

  /** Every section present. */
  public static ReportModel full() {
    return builder().build();
  }

  /** The builder with every section, for tests that replace one. */
  public static ReportModel.Builder builder() {
    List<LocalDate> days = WEEK.days().toList();
    Instant generated = Instant.parse("2026-11-30T06:00:00Z");
    return ReportModel.builder("Brandpulse ব্র্যান্ড", WEEK, generated)
        .present(SectionKind.HEADLINE, new Block.Kpis(kpis()))
        .present(
            SectionKind.TRAFFIC,
            new Block.Chart(
                new TimeSeriesChart(
                    "traffic-by-day",
                    "Sessions by day and channel",
                    days,
                    List.of(
                        Series.of("organic", 1210, 1302, 1288, 1350, 1190, 820, 760),
                        Series.of("social", 402, 380, 951, 420, 399, 301, 280),
                        Series.of("direct", 310, 330, 322, 340, 315, 210, 190)),
                    TimeSeriesChart.Style.STACKED_AREA,
                    "sessions")),
            new Block.Chart(
                new BarChart(
                    "traffic-by-channel",
                    "Sessions by channel",
                    List.of("organic", "social", "direct", "referral", "email"),
                    List.of(
                        Series.of("this week", 7920, 3133, 2017, 640, 410),
                        Series.of("last week", 7540, 2611, 2100, 702, 380)),
                    false,
                    false,
                    "sessions")))
        .present(
            SectionKind.LANDING_PAGES,
            new Block.Chart(
                new BarChart(
                    "landing-pages",
                    "Sessions by landing page",
                    List.of("/", LONG_PAGE, "/bn/অফার", "/blog/<script>x</script>"),
                    List.of(
                        Series.of("This period", 5210, 2290, 1880, 312),
                        Series.of("Previous period", 5002, 1710, 940, 0)),
                    false,
                    true,
                    "sessions",
                    "Landing page")),
            new Block.Table(
                new DataTable(
                    "Top landing pages",
                    List.of("Page", "Sessions", "Previous", "Growth"),
                    List.of(
                        List.of("/", "5,210", "5,002", "+4.2 %"),
                        List.of("/bn/অফার", "1,880", "940", "+100.0 %"),
                        List.of("/blog/<script>x</script>", "312", "0", "new")))))
        .section(search())
        .present(
            SectionKind.MENTIONS,
            new Block.Chart(
                new TimeSeriesChart(
                    "mentions-by-day",
                    "Mentions by day and sentiment",
                    days,
                    List.of(
                        Series.of("positive", 120, 131, 402, 140, 118, 90, 85),
                        Series.of("neutral", 60, 64, 120, 70, 66, 40, 38),
                        Series.of("negative", 30, 28, 96, 35, 31, 20, 22)),
                    TimeSeriesChart.Style.STACKED_AREA,
                    "mentions")),
            new Block.Chart(
                new PieChart(
                    "sentiment-split",
                    "Sentiment of mentions",
                    List.of(
                        new PieChart.Slice("positive", 1086),
                        new PieChart.Slice("neutral", 458),
                        new PieChart.Slice("negative", 262)),
                    true)))
        .present(
            SectionKind.SHARE_OF_VOICE,
            new Block.Chart(
                new BarChart(
                    "share-of-voice",
                    "Share of voice against competitors",
                    List.of("Brandpulse ব্র্যান্ড", "منافس", "競合社 😀"),
                    List.of(Series.of("mentions", 1806, 1210, 455)),
                    false,
                    true,
                    "mentions")))
        .present(
            SectionKind.KEYWORDS,
            new Block.Chart(
                new BarChart(
                    "trending-keywords",
                    "Trending keywords (mentions, change against last week)",
                    List.of("black friday", "ডেলিভারি", "refund", "توصيل", "送料"),
                    List.of(Series.of("mentions", 412, 188, 95, 61, 40)),
                    false,
                    true,
                    "")))
        .present(SectionKind.TOP_POSTS, new Block.Posts("Top posts by reach", posts()))
        .present(
            SectionKind.OWN_POSTS,
            new Block.Kpis(
                List.of(
                    Kpi.of("Own posts", 14, 10.0, KpiUnit.COUNT),
                    Kpi.of("Replies among them", 9, 9.0, KpiUnit.COUNT))),
            new Block.Posts(
                "Top own posts by reach",
                List.of(
                    new PostRow(
                        "ব্র্যান্ডপালস ঈদ সেল শুরু! 🎉",
                        "@brandpulse",
                        512_400,
                        "https://mastodon.example/@brandpulse/7",
                        "mastodon",
                        Instant.parse("2026-11-24T07:43:00Z"),
                        "positive"))))
        .present(
            SectionKind.COMPLAINTS,
            new Block.Complaints("Open complaints, oldest first", complaints()),
            new Block.Chart(
                new BarChart(
                    "complaint-categories",
                    "Complaints by category and week",
                    List.of("delivery", "billing", "product quality", "support"),
                    List.of(
                        Series.of("this week", 21, 7, 5, 3), Series.of("last week", 12, 9, 4, 3)),
                    false,
                    false,
                    "complaints")))
        .present(
            SectionKind.SEO,
            new Block.Chart(new GaugeChart("seo-health-now", "SEO health score", 86.4, 0, 100, "")),
            new Block.Chart(
                new TimeSeriesChart(
                    "seo-health-trend",
                    "SEO health score by audit",
                    List.of(
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 9),
                        LocalDate.of(2026, 11, 16),
                        LocalDate.of(2026, 11, 23)),
                    List.of(Series.of("health", 78.2, 80.1, 83.0, 86.4)),
                    TimeSeriesChart.Style.LINE,
                    "score")),
            new Block.Table(
                new DataTable(
                    "Findings since the last audit",
                    List.of("Change", "Check", "Page"),
                    List.of(
                        List.of("new", "missing-title", "https://example.com/bn/অফার"),
                        List.of("fixed", "broken-link", "https://example.com/old")))))
        .present(SectionKind.ANOMALIES, new Block.Anomalies(anomalies()))
        .present(SectionKind.COVERAGE, new Block.Coverage(coverage()));
  }

  /** Search Console figures of the week, and queries and pages of two 28-day exports. */
  static Section search() {
    ExportRange now = new ExportRange(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 29));
    ExportRange before = new ExportRange(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 22));
    ExportRange.Pair pair = new ExportRange.Pair(now, before);
    List<RangeTotal> queries =
        List.of(
            query(now, "brandpulse", 310, 2450, 1.4),
            query(now, SCRIPT_QUERY, 12, 300, 6.2),
            query(now, "ব্র্যান্ডপালস রিভিউ", 40, 610, 3.1));
    List<RangeTotal> earlier =
        List.of(
            query(before, "brandpulse", 280, 2300, 1.6),
            query(before, "brandpulse مراجعة", 9, 120, 5.1));
    List<RangeTotal> pages =
        List.of(
            new RangeTotal(
                now.from(),
                now.to(),
                Dimension.SEARCH_PAGE,
                "https://brandpulse.example/bn/%E0%A6%9A%E0%A6%BE?<b>=1",
                96,
                2310,
                6.1));
    java.util.TreeMap<LocalDate, Double> clicks = new java.util.TreeMap<>();
    java.util.TreeMap<LocalDate, Double> impressions = new java.util.TreeMap<>();
    WEEK.days()
        .forEach(
            d -> {
              clicks.put(d, 50.0);
              impressions.put(d, 900.0);
            });
    return SearchSection.build(
        new SearchSection.Input(
            "search-console",
            WEEK,
            new SearchSection.Totals(350, 6300, 4.2),
            new SearchSection.Totals(320, 6100, 4.5),
            clicks,
            impressions,
            List.of(before, now),
            SearchTops.of(Dimension.SEARCH_QUERY, pair, queries, earlier, 10),
            SearchTops.of(Dimension.SEARCH_PAGE, pair, pages, List.of(), 10)));
  }

  private static RangeTotal query(
      ExportRange r, String key, double clicks, double impressions, double position) {
    return new RangeTotal(
        r.from(), r.to(), Dimension.SEARCH_QUERY, key, clicks, impressions, position);
  }

  static List<Kpi> kpis() {
    return List.of(
        Kpi.of("Sessions", 14120, 13333.0, KpiUnit.COUNT),
        Kpi.of("Users", 9871, 9420.0, KpiUnit.COUNT),
        Kpi.of("Conversions", 444, 410.0, KpiUnit.COUNT),
        Kpi.of("Conversion rate", 0.0314, 0.0307, KpiUnit.PERCENT),
        Kpi.of("Mentions", 1806, 1450.0, KpiUnit.COUNT),
        Kpi.of("Net sentiment", 45.4, 48.0, KpiUnit.SCORE),
        Kpi.of("Share of voice", 0.52, 0.49, KpiUnit.PERCENT),
        Kpi.lowerIsBetter("Complaints open", 17, 9.0, KpiUnit.COUNT));
  }

  static List<PostRow> posts() {
    Instant t = Instant.parse("2026-11-25T09:30:00Z");
    return List.of(
        new PostRow(
            "ব্র্যান্ডপালসের নতুন অফার দারুণ! 🎉🎉",
            "@রাহুল",
            48_200,
            "https://mastodon.example/@rahul/1",
            "mastodon",
            t,
            "positive"),
        new PostRow(SCRIPT_POST, "spam<bot>", 12_400, "javascript:alert(3)", "rss", t, "neutral"),
        new PostRow(
            ATTRIBUTE_POST, "@نور", 9_100, "https://x.example/p?a=1&b='2'", "rss", t, "negative"),
        new PostRow("配送が遅いです 😡", "@yuki", 3_050, "", "mastodon", t, "negative"));
  }

  static List<ComplaintRow> complaints() {
    Instant now = Instant.parse("2026-11-30T06:00:00Z");
    return List.of(
        new ComplaintRow(
            "c-101",
            "delivery",
            "high",
            "অর্ডার এখনো আসেনি, ৫ দিন হয়ে গেল",
            "@রাহুল",
            "https://mastodon.example/@rahul/2",
            now.minus(Duration.ofHours(52)),
            Duration.ofHours(52),
            SlaState.BREACHED),
        new ComplaintRow(
            "c-102",
            "billing",
            "medium",
            ATTRIBUTE_POST,
            "@نور",
            "",
            now.minus(Duration.ofHours(20)),
            Duration.ofHours(20),
            SlaState.DUE_SOON),
        new ComplaintRow(
            "c-103",
            "support",
            "low",
            "チャットが繋がらない",
            "@yuki",
            "https://mastodon.example/@yuki/9",
            now.minus(Duration.ofMinutes(190)),
            Duration.ofMinutes(190),
            SlaState.OK));
  }

  static List<AnomalyRow> anomalies() {
    Anomaly spike = new Anomaly("mentions", LocalDate.of(2026, 11, 25), 618, 210, 31.5, 12.9, 8);
    return List.of(
        AnomalyRow.of(spike, "402 of 618 mentions replied to one post by @রাহুল (reach 48,200)"),
        new AnomalyRow(
            "sessions (social)",
            LocalDate.of(2026, 11, 25),
            951,
            400,
            7.4,
            "campaign link <utm_campaign=bf> shared 120 times"));
  }

  static List<CoverageRow> coverage() {
    return List.of(
        new CoverageRow("mastodon:brandpulse", CoverageRow.Status.COMPLETE, 1204, ""),
        new CoverageRow(
            "rss: news",
            CoverageRow.Status.PARTIAL,
            602,
            "feed https://news.example/rss failed on 2026-11-27 (HTTP 503), 1 day missing"),
        new CoverageRow("access log www.example.com", CoverageRow.Status.COMPLETE, 14120, ""),
        new CoverageRow("SEO audit", CoverageRow.Status.COMPLETE, 1, "last audit 2026-11-23"));
  }
}
