package org.brandpulse.ingest.metrics.matomo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.metrics.matomo.MatomoApi.Answer;
import org.brandpulse.ingest.source.SourceException;
import tools.jackson.databind.JsonNode;

/**
 * Daily metrics of one site from the Matomo Reporting API. One {@link #fetch} asks for the whole
 * range by day ({@code period=day&date=from,to}) with these methods, in this order:
 *
 * <table>
 *   <caption>Matomo fields to metrics</caption>
 *   <tr><th>method</th><th>dimension</th><th>fields</th></tr>
 *   <tr><td>VisitsSummary.get</td><td>TOTAL</td><td>nb_uniq_visitors = VISITORS, nb_visits =
 *       SESSIONS, bounce_count = BOUNCES</td></tr>
 *   <tr><td>Actions.get</td><td>TOTAL</td><td>nb_pageviews = PAGEVIEWS</td></tr>
 *   <tr><td>Referrers.getReferrerType</td><td>CHANNEL ({@link ReferrerChannels})</td>
 *       <td>nb_uniq_visitors, nb_visits, bounce_count, nb_conversions = CONVERSIONS</td></tr>
 *   <tr><td>Actions.getEntryPageUrls (flat=1)</td><td>LANDING_PAGE (decoded path)</td>
 *       <td>entry_nb_uniq_visitors, entry_nb_visits, entry_bounce_count</td></tr>
 *   <tr><td>Goals.get</td><td>TOTAL</td><td>nb_conversions = CONVERSIONS</td></tr>
 *   <tr><td>Goals.getGoals, then Goals.get with idGoal</td><td>GOAL (goal name)</td>
 *       <td>nb_conversions = CONVERSIONS</td></tr>
 * </table>
 *
 * <p>PAGEVIEWS come from {@code Actions.get}'s {@code nb_pageviews}, not {@code VisitsSummary}'s
 * {@code nb_actions}, which also counts downloads, outlinks, site searches and events. CONVERSIONS
 * count conversions ({@code nb_conversions}), so per-goal values add up to the total. A day Matomo
 * answers with {@code []} has zero totals. Any failed call fails the whole fetch: a partial import
 * would replace good stored days with fewer metrics.
 */
public final class MatomoSource implements MetricsSource {

  private static final Map<String, Metric> VISITS =
      fields("nb_uniq_visitors", Metric.VISITORS, "nb_visits", Metric.SESSIONS);
  private static final Map<String, Metric> ENTRIES =
      fields(
          "entry_nb_uniq_visitors",
          Metric.VISITORS,
          "entry_nb_visits",
          Metric.SESSIONS,
          "entry_bounce_count",
          Metric.BOUNCES);
  private static final Map<String, Metric> CONVERSIONS =
      fields("nb_conversions", Metric.CONVERSIONS);

  private final String name;
  private final MatomoOptions options;
  private final MatomoApi api;

  /**
   * @param name the configured source name
   * @param options the site, the token value and what to read
   * @param fetcher the shared HTTP fetcher (retries 5xx and 429)
   */
  public MatomoSource(String name, MatomoOptions options, HttpFetcher fetcher) {
    this.name = Objects.requireNonNull(name, "name");
    this.options = Objects.requireNonNull(options, "options");
    this.api = new MatomoApi(name, options, Objects.requireNonNull(fetcher, "fetcher"));
  }

  @Override
  public String name() {
    return name;
  }

  public MatomoOptions options() {
    return options;
  }

  @Override
  public MetricsBatch fetch(LocalDate from, LocalDate to) throws SourceException {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends before it starts: " + from + ".." + to);
    }
    MatomoReports reports = new MatomoReports(name, from, to);
    Map<String, Metric> summary = new LinkedHashMap<>(VISITS);
    summary.put("bounce_count", Metric.BOUNCES);
    reports.perDay(api.call("VisitsSummary.get", from, to, Map.of()), Dimension.TOTAL, "", summary);
    reports.perDay(
        api.call("Actions.get", from, to, Map.of()),
        Dimension.TOTAL,
        "",
        fields("nb_pageviews", Metric.PAGEVIEWS));
    Map<String, Metric> channels = new LinkedHashMap<>(summary);
    channels.putAll(CONVERSIONS);
    reports.table(
        api.call("Referrers.getReferrerType", from, to, Map.of()),
        Dimension.CHANNEL,
        row -> ReferrerChannels.channel(text(row, "segment"), text(row, "label")),
        channels);
    reports.table(
        api.call(
            "Actions.getEntryPageUrls",
            from,
            to,
            Map.of("flat", "1", "filter_limit", String.valueOf(options.rowLimit()))),
        Dimension.LANDING_PAGE,
        MatomoReports::landingPage,
        ENTRIES);
    reports.perDay(api.call("Goals.get", from, to, Map.of()), Dimension.TOTAL, "", CONVERSIONS);
    if (options.perGoal()) {
      for (Map.Entry<String, String> goal : goals(from, to).entrySet()) {
        Answer answer = api.call("Goals.get", from, to, Map.of("idGoal", goal.getKey()));
        reports.perDay(answer, Dimension.GOAL, goal.getValue(), CONVERSIONS);
      }
    }
    return new MetricsBatch(name, from, to, reports.values().values(), reports.skipped());
  }

  /** Goal ids to names from {@code Goals.getGoals} (an array, or an object keyed by id). */
  private Map<String, String> goals(LocalDate from, LocalDate to) throws SourceException {
    Answer answer = api.call("Goals.getGoals", from, to, Map.of());
    Map<String, String> goals = new LinkedHashMap<>();
    for (JsonNode goal : answer.root()) {
      String id = goal.path("idgoal").asString("").strip();
      if (!id.isEmpty()) {
        String goalName = goal.path("name").asString("").strip();
        goals.put(id, goalName.isEmpty() ? "goal " + id : goalName);
      }
    }
    return goals;
  }

  private static String text(JsonNode row, String field) {
    JsonNode value = row.path(field);
    return value.isString() ? value.stringValue() : null;
  }

  private static Map<String, Metric> fields(Object... pairs) {
    Map<String, Metric> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Metric) pairs[i + 1]);
    }
    return map;
  }
}
