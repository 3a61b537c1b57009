package org.brandpulse.reporting.report.build;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.store.Facet;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostPage;
import org.brandpulse.ingest.store.PostQuery;
import org.brandpulse.ingest.store.PostSort;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.ingest.store.TermCount;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.reporting.chart.BarChart;
import org.brandpulse.reporting.chart.DataTable;
import org.brandpulse.reporting.chart.PieChart;
import org.brandpulse.reporting.chart.Series;
import org.brandpulse.reporting.chart.TimeSeriesChart;
import org.brandpulse.reporting.complaints.ComplaintCase;
import org.brandpulse.reporting.complaints.NeedsReply;
import org.brandpulse.reporting.complaints.ReplyTimes;
import org.brandpulse.reporting.period.Period;
import org.brandpulse.reporting.report.Block;
import org.brandpulse.reporting.report.ComplaintRow;
import org.brandpulse.reporting.report.Kpi;
import org.brandpulse.reporting.report.KpiUnit;
import org.brandpulse.reporting.report.PostRow;
import org.brandpulse.reporting.report.Section;
import org.brandpulse.reporting.report.SectionKind;
import org.brandpulse.reporting.report.SlaState;

/**
 * The social parts of a report: mentions, share of voice, keywords, top posts, complaints, and the
 * brand's own posts. Posts by a brand's own accounts ({@code handles}) are not mentions of it:
 * every mention count, list and chart leaves them out, and the own-posts section shows them.
 */
class SocialSections {

  /** Baseline periods the trending keywords are compared with. */
  static final int KEYWORD_BASELINE_PERIODS = 4;

  /** Keywords read per span: enough that the top ten survive stop-word filtering. */
  private static final int KEYWORD_TERMS = 500;

  private static final int TOP = 10;
  private static final int TOP_OWN = 5;
  private static final int MAX_COMPLAINTS = 25;

  private final PostStore posts;
  private final OpenCases cases;

  SocialSections(PostStore posts, OpenCases cases) {
    this.posts = posts;
    this.cases = cases;
  }

  /** Posts of a brand in a period, whoever wrote them (the data-coverage view). */
  static PostFilter filter(String brand, Period period, ZoneId zone) {
    return between(period, zone).brands(Set.of(brand));
  }

  private static PostFilter between(Period period, ZoneId zone) {
    return PostFilter.ALL.between(
        period.start().atStartOfDay(zone).toInstant(),
        period.endExclusive().atStartOfDay(zone).toInstant());
  }

  /** Mentions of a brand at any time: its posts, less those of its own accounts. */
  static PostFilter mentionsOf(String brand, List<String> handles) {
    Set<String> own = ownHandles(handles);
    PostFilter f = PostFilter.ALL.brands(Set.of(brand));
    return own.isEmpty() ? f : f.excludeAuthors(own);
  }

  /** Mentions of a brand in a period: its posts, less those of its own accounts. */
  static PostFilter mentionsOf(String brand, List<String> handles, Period period, ZoneId zone) {
    PostFilter p = between(period, zone);
    return mentionsOf(brand, handles).between(p.from(), p.to());
  }

  /** Mentions of a brand in a period: its posts, less those of its own accounts. */
  static PostFilter mentionsOf(ReportBrand brand, Period period, ZoneId zone) {
    return mentionsOf(brand.name(), brand.handles(), period, zone);
  }

  /** The configured handles that name an account (blank entries ignored). */
  static Set<String> ownHandles(List<String> handles) {
    Set<String> out = new HashSet<>();
    for (String h : handles) {
      if (Author.normalizeHandle(h) != null) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * Mentions, net sentiment, share of voice, and the complaints and (apart) the questions needing a
   * reply.
   */
  List<Kpi> kpis(ReportBrand brand, Period period, ZoneId zone) throws StoreException {
    double[] now = figures(brand, period, zone);
    double[] before = figures(brand, period.previous(), zone);
    boolean history = before[0] > 0 || before[4] > 0;
    return List.of(
        Kpi.of("Mentions", now[0], history ? before[0] : null, KpiUnit.COUNT),
        Kpi.of("Net sentiment", now[1], history ? before[1] : null, KpiUnit.SCORE),
        Kpi.of("Share of voice", now[2], history ? before[2] : null, KpiUnit.PERCENT),
        Kpi.lowerIsBetter(
            "Complaints needing a reply", now[3], history ? before[3] : null, KpiUnit.COUNT),
        Kpi.lowerIsBetter(
            "Questions needing a reply", now[5], history ? before[5] : null, KpiUnit.COUNT));
  }

  /**
   * mentions, net sentiment, share of voice (fraction), complaints, all brands' mentions,
   * questions.
   */
  private double[] figures(ReportBrand brand, Period period, ZoneId zone) throws StoreException {
    PostFilter f = mentionsOf(brand, period, zone);
    double mentions = posts.count(f);
    double positive = posts.count(f.sentiments(Set.of(SentimentLabel.POSITIVE)));
    double negative = posts.count(f.sentiments(Set.of(SentimentLabel.NEGATIVE)));
    double all = mentions;
    for (ReportBrand.Competitor c : brand.competitors()) {
      all += posts.count(mentionsOf(c.name(), c.handles(), period, zone));
    }
    return new double[] {
      mentions,
      mentions == 0 ? 0 : (positive - negative) / mentions * 100,
      all == 0 ? 0 : mentions / all,
      posts.count(NeedsReply.complaints(f)),
      all,
      posts.count(NeedsReply.questions(f))
    };
  }

  /** Mentions per day by sentiment. */
  Section mentions(ReportBrand brand, Period period, ZoneId zone) throws StoreException {
    PostFilter f = mentionsOf(brand, period, zone);
    if (posts.count(f) == 0) {
      return Section.absent(
          SectionKind.MENTIONS, "no posts mention " + brand.name() + " in " + period.label());
    }
    List<LocalDate> days = period.days().toList();
    List<Series> series = new ArrayList<>();
    for (SentimentLabel label :
        List.of(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE)) {
      SortedMap<LocalDate, Long> perDay = posts.countPerDay(f.sentiments(Set.of(label)), zone);
      series.add(
          new Series(
              label.name().toLowerCase(Locale.ROOT),
              days.stream().map(d -> perDay.getOrDefault(d, 0L).doubleValue()).toList()));
    }
    return Section.present(
        SectionKind.MENTIONS,
        new Block.Chart(
            new TimeSeriesChart(
                "mentions-by-sentiment",
                "Mentions of " + brand.name() + " per day by sentiment",
                days,
                series,
                TimeSeriesChart.Style.STACKED_AREA,
                "posts")));
  }

  /** The brand's share of all mentions of it and its competitors. */
  Section shareOfVoice(ReportBrand brand, Period period, ZoneId zone) throws StoreException {
    if (brand.competitors().isEmpty()) {
      return Section.absent(
          SectionKind.SHARE_OF_VOICE, brand.name() + " has no competitors configured");
    }
    List<PieChart.Slice> slices = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<List<String>> handles = new ArrayList<>();
    names.add(brand.name());
    handles.add(brand.handles());
    brand
        .competitors()
        .forEach(
            c -> {
              names.add(c.name());
              handles.add(c.handles());
            });
    long total = 0;
    long[] now = new long[names.size()];
    long[] before = new long[names.size()];
    for (int i = 0; i < names.size(); i++) {
      now[i] = posts.count(mentionsOf(names.get(i), handles.get(i), period, zone));
      before[i] = posts.count(mentionsOf(names.get(i), handles.get(i), period.previous(), zone));
      total += now[i];
    }
    if (total == 0) {
      return Section.absent(SectionKind.SHARE_OF_VOICE, "no mentions of any brand in the period");
    }
    long totalBefore = java.util.Arrays.stream(before).sum();
    for (int i = 0; i < names.size(); i++) {
      slices.add(new PieChart.Slice(names.get(i), now[i]));
      rows.add(
          List.of(
              names.get(i),
              Long.toString(now[i]),
              pct(now[i], total),
              totalBefore == 0 ? "n/a" : pct(before[i], totalBefore)));
    }
    return Section.present(
        SectionKind.SHARE_OF_VOICE,
        new Block.Chart(new PieChart("share-of-voice", "Share of voice", slices, true)),
        new Block.Table(
            new DataTable(
                "Mentions and share of voice",
                List.of("Brand", "Mentions", "Share", "Share, previous period"),
                rows)));
  }

  private static String pct(long part, long whole) {
    return String.format(Locale.ROOT, "%.1f %%", whole == 0 ? 0.0 : part * 100.0 / whole);
  }

  /** Keywords rising against the previous periods, and the most frequent ones. */
  Section keywords(ReportBrand brand, Period period, ZoneId zone) throws StoreException {
    Period first = period;
    for (int i = 0; i < KEYWORD_BASELINE_PERIODS; i++) {
      first = first.previous();
    }
    PostFilter base =
        mentionsOf(brand, period, zone)
            .between(
                first.start().atStartOfDay(zone).toInstant(),
                period.start().atStartOfDay(zone).toInstant());
    Set<String> brandTerms = new HashSet<>(brand.handles());
    brandTerms.add(brand.name());
    return KeywordsSection.build(
        keywordCounts(mentionsOf(brand, period, zone)),
        keywordCounts(base),
        KEYWORD_BASELINE_PERIODS,
        brandTerms);
  }

  private KeywordsSection.Counts keywordCounts(PostFilter f) throws StoreException {
    Map<String, Long> terms = new HashMap<>();
    for (TermCount t : posts.topKeywords(f, KEYWORD_TERMS)) {
      terms.put(t.term(), t.count());
    }
    Set<String> languages = new HashSet<>();
    posts.countBy(Facet.LANGUAGE, f).forEach(t -> languages.add(t.term()));
    return new KeywordsSection.Counts(terms, posts.count(f), languages);
  }

  /** The mentions with the largest reach. */
  Section topPosts(ReportBrand brand, Period period, ZoneId zone) throws StoreException {
    List<AnalyzedPost> top = posts.topByReach(mentionsOf(brand, period, zone), TOP);
    if (top.isEmpty()) {
      return Section.absent(SectionKind.TOP_POSTS, "no posts in the period");
    }
    return Section.present(
        SectionKind.TOP_POSTS,
        new Block.Posts("Top posts by reach", top.stream().map(PostRow::of).toList()));
  }

  /** What the brand's own accounts posted in the period, against the previous one. */
  Section ownPosts(ReportBrand brand, Period period, ZoneId zone) throws StoreException {
    Set<String> own = ownHandles(brand.handles());
    if (own.isEmpty()) {
      return OwnPostsSection.build(
          brand.name(), brand.handles(), new OwnPostsSection.Activity(0, 0), null, List.of());
    }
    // Whatever brand query they matched: an own post is the brand's activity.
    PostFilter now = between(period, zone).authors(own);
    PostFilter before = between(period.previous(), zone).authors(own);
    return OwnPostsSection.build(
        brand.name(),
        brand.handles(),
        activity(now),
        activity(before),
        posts.topByReach(now, TOP_OWN));
  }

  private OwnPostsSection.Activity activity(PostFilter f) throws StoreException {
    long[] counts = new long[2];
    posts.forEach(
        f,
        p -> {
          counts[0]++;
          counts[1] += p.post().isReply() ? 1 : 0;
        });
    return new OwnPostsSection.Activity(counts[0], counts[1]);
  }

  /**
   * Open complaint cases (from the alert job's cases when it has run, else the analysed posts
   * needing a reply) and complaints by category against the previous period.
   */
  Section complaints(ReportBrand brand, Period period, ZoneId zone, Instant now, int slaHours)
      throws StoreException {
    Duration sla = Duration.ofHours(slaHours);
    List<ComplaintRow> rows = new ArrayList<>();
    long openCases = cases.countOpen(brand.name());
    String note;
    if (openCases > 0) {
      long questions = cases.countOpenQuestions(brand.name());
      note =
          "Open cases tracked by the complaint alerts ("
              + (openCases - questions)
              + " open complaints; "
              + questions
              + " open questions and requests, which need a reply but are no complaint, are in"
              + " the inbox).";
      for (ComplaintCase c : cases.openComplaints(brand.name(), MAX_COMPLAINTS)) {
        rows.add(
            new ComplaintRow(
                c.id(),
                ComplaintRow.categoryLabel(c.category()),
                ComplaintRow.severityLabel(c.severity()),
                c.text(),
                c.authorHandle() == null ? "" : "@" + c.authorHandle(),
                c.postUrl() == null ? "" : c.postUrl(),
                c.postCreatedAt(),
                age(c.postCreatedAt(), now),
                sla(c.postCreatedAt(), c.slaDue(), now)));
      }
    } else {
      PostFilter f = NeedsReply.complaints(mentionsOf(brand, period, zone));
      PostPage newest = posts.search(new PostQuery(null, f, PostSort.NEWEST, MAX_COMPLAINTS, null));
      note =
          newest.total()
              + " analysed complaints need a reply in the period, and "
              + posts.count(NeedsReply.questions(mentionsOf(brand, period, zone)))
              + " questions and requests (no alert cases tracked yet: run `brandpulse alerts`).";
      for (AnalyzedPost p : newest.posts()) {
        Instant at = p.post().createdAt();
        rows.add(
            new ComplaintRow(
                p.post().id(),
                ComplaintRow.categoryLabel(p.analysis().complaint().category()),
                ComplaintRow.severityLabel(p.analysis().complaint().severity()),
                p.post().text(),
                PostRow.author(p.post().author()),
                p.post().url() == null ? "" : p.post().url(),
                at,
                age(at, now),
                sla(at, at.plus(sla), now)));
      }
    }
    List<String> categories = new ArrayList<>();
    List<Double> current = new ArrayList<>();
    List<Double> previous = new ArrayList<>();
    PostFilter f = mentionsOf(brand, period, zone).needsReply(true);
    PostFilter before = mentionsOf(brand, period.previous(), zone).needsReply(true);
    for (ComplaintCategory c : ComplaintCategory.values()) {
      if (NeedsReply.isQuestion(c)) {
        continue; // questions are no complaint category
      }
      long a = posts.count(f.complaintCategories(Set.of(c)));
      long b = posts.count(before.complaintCategories(Set.of(c)));
      if (a + b > 0) {
        categories.add(ComplaintRow.categoryLabel(c));
        current.add((double) a);
        previous.add((double) b);
      }
    }
    if (rows.isEmpty() && categories.isEmpty()) {
      return Section.absent(SectionKind.COMPLAINTS, "no complaints needing a reply");
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Note(note));
    if (!rows.isEmpty()) {
      blocks.add(new Block.Complaints("Complaints needing a reply, newest first", rows));
    }
    DataTable replies = replyTimes(brand, period, zone, sla);
    if (replies != null) {
      blocks.add(new Block.Table(replies));
    }
    if (!categories.isEmpty()) {
      blocks.add(
          new Block.Chart(
              new BarChart(
                  "complaint-categories",
                  "Complaints needing a reply by category: this period and the previous one",
                  categories,
                  List.of(
                      new Series("This period", current), new Series("Previous period", previous)),
                  false,
                  true,
                  "posts",
                  "Category")));
    }
    return new Section(SectionKind.COMPLAINTS, SectionKind.COMPLAINTS.title(), null, blocks);
  }

  /**
   * The brand's time to first reply (its own handles answering complaint cases) for the cases
   * written in the period and in the one before; null when neither had a case.
   */
  private DataTable replyTimes(ReportBrand brand, Period period, ZoneId zone, Duration sla) {
    List<List<String>> rows = new ArrayList<>();
    for (Period p : List.of(period, period.previous())) {
      ReplyTimes t =
          cases
              .replyTimes(
                  p.start().atStartOfDay(zone).toInstant(),
                  p.end().plusDays(1).atStartOfDay(zone).toInstant(),
                  sla)
              .get(brand.name());
      if (t == null) {
        continue;
      }
      rows.add(
          List.of(
              p == period ? "This period" : "Previous period",
              Long.toString(t.cases()),
              String.format(java.util.Locale.ROOT, "%.0f %%", 100 * t.answeredShare()),
              ReplyTimes.format(t.median()),
              ReplyTimes.format(t.p90()),
              t.answered() == 0
                  ? "–"
                  : String.format(
                      java.util.Locale.ROOT, "%.0f %%", 100.0 * t.withinSla() / t.answered())));
    }
    if (rows.isEmpty()) {
      return null;
    }
    return new DataTable(
        "Time to first reply by the brand's own accounts (SLA " + sla.toHours() + " h)",
        List.of(
            "Complaints written", "Cases", "Answered", "Median", "90th percentile", "Within SLA"),
        rows);
  }

  private static Duration age(Instant at, Instant now) {
    Duration d = Duration.between(at, now);
    return d.isNegative() ? Duration.ZERO : d;
  }

  static SlaState sla(Instant opened, Instant due, Instant now) {
    if (now.isAfter(due)) {
      return SlaState.BREACHED;
    }
    Duration allowed = Duration.between(opened, due);
    return Duration.between(now, due).compareTo(allowed.dividedBy(4)) < 0
        ? SlaState.DUE_SOON
        : SlaState.OK;
  }
}
