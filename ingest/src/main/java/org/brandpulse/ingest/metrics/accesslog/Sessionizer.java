package org.brandpulse.ingest.metrics.accesslog;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Groups access records into sessions and sums them into {@link DailyMetric} rows.
 *
 * <ul>
 *   <li>A visitor is IP + user agent; a session ends after {@link Options#sessionTimeout()} (30
 *       minutes by default) without a request.
 *   <li>Records are reordered in a buffer of {@link Options#reorderWindow()}; a record older than
 *       what was already released is counted as late and still applied to its visitor's session.
 *   <li>A pageview is a successful (2xx/304) GET or HEAD of a page (not an asset, see {@link
 *       TrafficClassifier#isAsset}). The first pageview is the landing page and decides the
 *       channel; the last is the exit page. Sessions without pageviews are not counted.
 *   <li>Bots: requests with a bot user agent are dropped on arrival; a session that fetched {@code
 *       /robots.txt}, or that fetched no asset and made more than {@link
 *       Options#maxPagesPerMinute()} pageviews per minute (over at least one minute), is dropped
 *       with all its requests when it closes.
 * </ul>
 *
 * <p>Memory holds the open sessions, the reorder buffer, and distinct-visitor sets per output row.
 * Not thread-safe.
 */
public final class Sessionizer {

  /** Most records held in the reorder buffer; past it the oldest are released early. */
  public static final int MAX_BUFFERED = 100_000;

  private record Pending(AccessRecord record, long seq, String origin) {}

  /** Per-origin state: its own daily rows and the span of its requests. */
  private static final class Origin {
    final DailyAggregator daily = new DailyAggregator();
    Instant first;
    Instant last;
  }

  private final TrafficClassifier classifier;
  private final Options options;
  private final List<GoalPattern> goals;
  private final long timeoutMillis;
  private final Map<Visitor, Session> open = new LinkedHashMap<>(1024, 0.75f, true);

  /**
   * The key of an open session: no string is built per request, and the reader hands over the same
   * instances of repeated addresses and agents ({@link LineParser}), whose hashes are kept.
   */
  private record Visitor(String ip, String agent) {
    @Override
    public int hashCode() {
      return ip.hashCode() * 31 + agent.hashCode();
    }
  }

  // the reorder buffer, ordered by (time, seq): records arriving in time order, nearly all of a
  // log, are appended to a queue; only the others pay for the priority queue
  private final ArrayDeque<Pending> inOrder = new ArrayDeque<>();
  private final PriorityQueue<Pending> outOfOrder =
      new PriorityQueue<>(
          Comparator.comparing((Pending p) -> p.record().time()).thenComparingLong(Pending::seq));
  private final DailyAggregator daily = new DailyAggregator();
  private final Set<String> visitors = new HashSet<>();
  private long seq;
  private Instant maxSeen = Instant.MIN;
  private Instant horizon = Instant.MIN;
  private Instant first;
  private Instant last;
  private final Map<String, Origin> origins = new LinkedHashMap<>();
  private String origin = "";
  private Instant released = Instant.MIN;
  private long requests;
  private long botAgentRequests;
  private long behaviourBotRequests;
  private long late;
  private long pageviews;
  private long sessions;
  private long bounces;
  private long conversions;
  private final long[] filtered = new long[FilterReason.values().length];

  /** Creates a sessionizer. */
  public Sessionizer(TrafficClassifier classifier, Options options) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.options = Objects.requireNonNull(options, "options");
    this.goals = options.goalPatterns().stream().map(GoalPattern::of).toList();
    this.timeoutMillis = options.sessionTimeout().toMillis();
  }

  /**
   * Sets where the next records come from (a file's fingerprint): each session counts in the rows
   * of the origin of its first request, so several servers' logs can be stored as separate
   * contributions. Records before any call come from origin "".
   */
  public void origin(String origin) {
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /** Adds one record; records may arrive out of order. */
  public void accept(AccessRecord record) {
    requests++;
    Origin o = origins.computeIfAbsent(origin, k -> new Origin());
    if (o.first == null || record.time().isBefore(o.first)) {
      o.first = record.time();
    }
    if (o.last == null || record.time().isAfter(o.last)) {
      o.last = record.time();
    }
    if (first == null || record.time().isBefore(first)) {
      first = record.time();
    }
    if (last == null || record.time().isAfter(last)) {
      last = record.time();
    }
    if (record.time().isBefore(released)) {
      late++;
      apply(record, origin);
      return;
    }
    Pending pending = new Pending(record, seq++, origin);
    if (inOrder.isEmpty() || !record.time().isBefore(inOrder.peekLast().record().time())) {
      inOrder.addLast(pending);
    } else {
      outOfOrder.add(pending);
    }
    if (record.time().isAfter(maxSeen)) {
      maxSeen = record.time();
      horizon = maxSeen.minus(options.reorderWindow());
    }
    while (inOrder.size() + outOfOrder.size() > MAX_BUFFERED) {
      // millions of requests within one reorder window (one timestamp): release the oldest early
      release(pollBuffered());
    }
    for (Pending p = peekBuffered();
        p != null && !p.record().time().isAfter(horizon);
        p = peekBuffered()) {
      release(pollBuffered());
    }
  }

  /** The buffered record first in (time, seq) order, or null. */
  private Pending peekBuffered() {
    Pending a = inOrder.peekFirst();
    Pending b = outOfOrder.peek();
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return outOfOrder.comparator().compare(a, b) <= 0 ? a : b;
  }

  private Pending pollBuffered() {
    Pending first = peekBuffered();
    if (first == inOrder.peekFirst()) {
      inOrder.pollFirst();
    } else {
      outOfOrder.poll();
    }
    return first;
  }

  /** Drains the buffer, closes all sessions and returns the totals and daily rows. */
  public Report finish() {
    for (Pending p = pollBuffered(); p != null; p = pollBuffered()) {
      release(p);
    }
    for (Session s : open.values()) {
      close(s);
    }
    open.clear();
    return new Report(
        requests,
        botAgentRequests,
        behaviourBotRequests,
        late,
        pageviews,
        sessions,
        bounces,
        visitors.size(),
        conversions,
        filteredByReason(),
        first,
        last,
        daily.metrics(),
        contributions());
  }

  private Map<String, Contribution> contributions() {
    Map<String, Contribution> out = new LinkedHashMap<>();
    origins.forEach((k, o) -> out.put(k, new Contribution(o.first, o.last, o.daily.metrics())));
    return out;
  }

  /**
   * What one origin (one log file) contributed: the span of its requests and the daily rows of the
   * sessions that started in it.
   *
   * @param first its earliest request
   * @param last its latest request
   * @param daily its rows
   */
  public record Contribution(Instant first, Instant last, List<DailyMetric> daily) {
    /** Copies the rows. */
    public Contribution {
      daily = List.copyOf(daily);
    }

    /**
     * The hours of each day between its first and last request, see {@link Report#coveredHours}.
     */
    public java.util.SortedMap<LocalDate, Double> coveredHours(ZoneId zone) {
      return Report.hours(first, last, zone);
    }
  }

  private Map<FilterReason, Long> filteredByReason() {
    Map<FilterReason, Long> out = new java.util.EnumMap<>(FilterReason.class);
    for (FilterReason reason : FilterReason.values()) {
      if (filtered[reason.ordinal()] > 0) {
        out.put(reason, filtered[reason.ordinal()]);
      }
    }
    return out;
  }

  private void release(Pending p) {
    released = p.record().time();
    apply(p.record(), p.origin());
    expire(p.record().time());
  }

  private void apply(AccessRecord r, String from) {
    FilterReason agent = classifier.botReason(r.userAgent());
    if (agent != null) {
      botAgentRequests++;
      filtered[agent.ordinal()]++;
      return;
    }
    Visitor visitor = new Visitor(r.ip(), r.userAgent());
    Session s = open.get(visitor);
    if (s != null && expired(s, r.time())) {
      open.remove(visitor);
      close(s);
      s = null;
    }
    if (s == null) {
      s = new Session(r.ip() + '\u0000' + r.userAgent(), r.time());
      s.origin = from;
      open.put(visitor, s);
    }
    s.requests++;
    if (r.time().isAfter(s.last)) {
      s.last = r.time();
    }
    FilterReason kind = classifier.requestKind(r.path(), r.query());
    if (classifier.isRobotsFetch(r.path())) {
      s.robots = true;
    } else if (kind == FilterReason.ASSET) {
      s.assets++;
    } else if (kind == FilterReason.DOWNLOAD) {
      s.downloads++;
    } else if (kind == FilterReason.FEED) {
      s.feeds++;
    } else if (kind == FilterReason.API) {
      s.apiCalls++;
    } else if (r.successful() && (r.method().equals("GET") || r.method().equals("HEAD"))) {
      if (s.pageviews == 0) {
        s.landing = r.path();
        s.channel = classifier.channel(r.query(), r.referrer());
      }
      s.exit = r.path();
      s.pageviews++;
      for (int i = 0; i < goals.size() && i < 64; i++) {
        if (goals.get(i).matches(r.path())) {
          s.goals |= 1L << i;
        }
      }
    }
  }

  private void expire(Instant now) {
    Iterator<Session> it = open.values().iterator();
    while (it.hasNext()) {
      Session s = it.next();
      if (!expired(s, now)) {
        break;
      }
      it.remove();
      close(s);
    }
  }

  private boolean expired(Session s, Instant now) {
    return now.toEpochMilli() - s.last.toEpochMilli() > timeoutMillis;
  }

  private void close(Session s) {
    double minutes = Math.max(1.0, Duration.between(s.start, s.last).toSeconds() / 60.0);
    if (s.robots || (s.assets == 0 && s.pageviews / minutes > options.maxPagesPerMinute())) {
      behaviourBotRequests += s.requests;
      filtered[(s.robots ? FilterReason.ROBOTS_TXT : FilterReason.TOO_FAST).ordinal()] +=
          s.requests;
      return;
    }
    filtered[FilterReason.ASSET.ordinal()] += s.assets;
    filtered[FilterReason.DOWNLOAD.ordinal()] += s.downloads;
    filtered[FilterReason.FEED.ordinal()] += s.feeds;
    filtered[FilterReason.API.ordinal()] += s.apiCalls;
    if (s.pageviews == 0) {
      return;
    }
    sessions++;
    pageviews += s.pageviews;
    bounces += s.pageviews == 1 ? 1 : 0;
    conversions += s.goals != 0 ? 1 : 0;
    visitors.add(s.visitor);
    LocalDate day = LocalDate.ofInstant(s.start, options.zone());
    daily.add(day, s, goals);
    origins.get(s.origin).daily.add(day, s, goals);
  }

  /**
   * Sessionizer settings; start from {@link #DEFAULTS} and use the {@code with} methods.
   *
   * @param sessionTimeout inactivity that ends a session
   * @param reorderWindow how far back out-of-order records are put in order
   * @param maxPagesPerMinute pageviews per minute above which an asset-less client is a bot
   * @param goalPatterns goal URL patterns (at most 64), see {@link GoalPattern}
   * @param zone zone whose calendar days the daily rows use
   */
  public record Options(
      Duration sessionTimeout,
      Duration reorderWindow,
      int maxPagesPerMinute,
      List<String> goalPatterns,
      ZoneId zone) {

    /** 30-minute sessions, 5-minute reorder window, 10 pages/minute, no goals, UTC days. */
    public static final Options DEFAULTS =
        new Options(Duration.ofMinutes(30), Duration.ofMinutes(5), 10, List.of(), ZoneId.of("UTC"));

    /** Validates the settings. */
    public Options {
      Objects.requireNonNull(sessionTimeout, "sessionTimeout");
      Objects.requireNonNull(reorderWindow, "reorderWindow");
      Objects.requireNonNull(zone, "zone");
      goalPatterns = List.copyOf(goalPatterns);
      if (sessionTimeout.isNegative() || sessionTimeout.isZero() || reorderWindow.isNegative()) {
        throw new IllegalArgumentException("timeout must be > 0 and window >= 0");
      }
      if (maxPagesPerMinute < 1 || goalPatterns.size() > 64) {
        throw new IllegalArgumentException("maxPagesPerMinute must be >= 1, goals at most 64");
      }
      goalPatterns.forEach(GoalPattern::of);
    }

    /** Returns a copy with another session timeout. */
    public Options withSessionTimeout(Duration timeout) {
      return new Options(timeout, reorderWindow, maxPagesPerMinute, goalPatterns, zone);
    }

    /** Returns a copy with another reorder window. */
    public Options withReorderWindow(Duration window) {
      return new Options(sessionTimeout, window, maxPagesPerMinute, goalPatterns, zone);
    }

    /** Returns a copy with another bot rate threshold. */
    public Options withMaxPagesPerMinute(int max) {
      return new Options(sessionTimeout, reorderWindow, max, goalPatterns, zone);
    }

    /** Returns a copy with these goal patterns. */
    public Options withGoals(List<String> patterns) {
      return new Options(sessionTimeout, reorderWindow, maxPagesPerMinute, patterns, zone);
    }

    /** Returns a copy using another zone's days. */
    public Options withZone(ZoneId zone) {
      return new Options(sessionTimeout, reorderWindow, maxPagesPerMinute, goalPatterns, zone);
    }
  }

  /**
   * Totals of a run and its daily rows.
   *
   * @param requests records accepted
   * @param botAgentRequests requests dropped for a bot user agent
   * @param behaviourBotRequests requests dropped with a robots.txt-fetching or inhumanly fast
   *     session
   * @param lateRecords records older than the reorder window allowed (still counted)
   * @param pageviews pageviews in counted sessions
   * @param sessions sessions with at least one pageview
   * @param bounces sessions of one pageview
   * @param visitors distinct visitors with a counted session
   * @param conversions sessions reaching a goal
   * @param filtered requests that were not a person's pageview, by reason (bot reasons count every
   *     request of the client or session; assets, downloads, feeds and API calls count the requests
   *     of counted sessions)
   * @param first the earliest request time, null without requests
   * @param last the latest request time, null without requests
   * @param daily rows per day × breakdown, sorted by day, dimension, key
   * @param contributions the rows and span of each origin (log file fingerprint), see {@link
   *     #origin}
   */
  public record Report(
      long requests,
      long botAgentRequests,
      long behaviourBotRequests,
      long lateRecords,
      long pageviews,
      long sessions,
      long bounces,
      long visitors,
      long conversions,
      Map<FilterReason, Long> filtered,
      Instant first,
      Instant last,
      List<DailyMetric> daily,
      Map<String, Contribution> contributions) {

    /** Copies the rows. */
    public Report {
      daily = List.copyOf(new ArrayList<>(daily));
      contributions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
      filtered =
          java.util.Collections.unmodifiableMap(
              filtered.isEmpty()
                  ? new java.util.EnumMap<>(FilterReason.class)
                  : new java.util.EnumMap<>(filtered));
    }

    /**
     * Hours of each day between the first and the last request (a log is taken to cover that time
     * without gaps), in {@code zone}'s days; empty without requests.
     */
    public java.util.SortedMap<LocalDate, Double> coveredHours(ZoneId zone) {
      return hours(first, last, zone);
    }

    static java.util.SortedMap<LocalDate, Double> hours(Instant first, Instant last, ZoneId zone) {
      java.util.SortedMap<LocalDate, Double> out = new java.util.TreeMap<>();
      if (first == null) {
        return out;
      }
      LocalDate day = LocalDate.ofInstant(first, zone);
      LocalDate lastDay = LocalDate.ofInstant(last, zone);
      for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant from = first.isAfter(start) ? first : start;
        // the last request's minute counts as covered, so a day logged to 23:59:30 is whole
        Instant to = last.plusSeconds(60).isBefore(end) ? last.plusSeconds(60) : end;
        out.put(day, Math.round(Duration.between(from, to).toSeconds() / 36.0) / 100.0);
      }
      return out;
    }

    /** Returns all requests filtered as bots. */
    public long botRequests() {
      return botAgentRequests + behaviourBotRequests;
    }
  }
}
