package org.brandpulse.ingest.metrics.plausible;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.metrics.DailyValues;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.metrics.MetricsSource;
import org.brandpulse.ingest.metrics.plausible.PlausibleApi.Row;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import tools.jackson.databind.JsonNode;

/**
 * Daily metrics of one site from the Plausible Stats API v2 ({@code POST /api/v2/query}). One
 * {@link #fetch} sends these queries for the range, each broken down by {@code time:day}:
 *
 * <table>
 *   <caption>Plausible queries to dimensions</caption>
 *   <tr><th>dimensions after time:day</th><th>stored as</th><th>key</th></tr>
 *   <tr><td>(none)</td><td>TOTAL</td><td>""</td></tr>
 *   <tr><td>visit:channel</td><td>CHANNEL</td><td>the channel; Organic Social becomes Social</td></tr>
 *   <tr><td>visit:entry_page</td><td>LANDING_PAGE</td><td>the percent-decoded path</td></tr>
 *   <tr><td>visit:source, visit:channel</td><td>SOURCE_MEDIUM</td>
 *       <td>{@code source / channel}, e.g. {@code Google / Organic Search};
 *       {@code Direct / None} becomes {@code (direct) / (none)}</td></tr>
 *   <tr><td>visit:country_name</td><td>COUNTRY</td><td>the English country name</td></tr>
 *   <tr><td>event:goal (if goals are on)</td><td>GOAL</td><td>the goal name</td></tr>
 * </table>
 *
 * <p>Metrics: {@code visitors} = VISITORS, {@code visits} = SESSIONS, {@code pageviews} = PAGEVIEWS
 * (of the sessions in that breakdown value), BOUNCES = round(visits * bounce_rate / 100); goals:
 * {@code visitors} = CONVERSIONS (unique converting visitors, not repeated {@code events}), and the
 * TOTAL CONVERSIONS of a day is the sum over goals so breakdown and total agree. Plausible leaves
 * out days without visits: they get zero totals. A row with a bad date or value is skipped and
 * reported; a failed query fails the whole fetch, because storing a batch replaces the period.
 */
public final class PlausibleSource implements MetricsSource {

  private static final Map<String, String> CHANNELS = Map.of("Organic Social", "Social");

  private final String name;
  private final PlausibleOptions options;
  private final PlausibleApi api;

  /**
   * @param name the configured source name
   * @param options the site, the key value and what to read
   * @param fetcher the shared HTTP fetcher (retries 5xx, honours 429 Retry-After)
   * @param limiter the request budget of this API key, shared by every source using the key
   */
  public PlausibleSource(
      String name, PlausibleOptions options, HttpFetcher fetcher, RateLimiter limiter) {
    this.name = Objects.requireNonNull(name, "name");
    this.options = Objects.requireNonNull(options, "options");
    this.api =
        new PlausibleApi(
            name,
            options,
            Objects.requireNonNull(fetcher, "fetcher"),
            Objects.requireNonNull(limiter, "limiter"));
  }

  @Override
  public String name() {
    return name;
  }

  public PlausibleOptions options() {
    return options;
  }

  @Override
  public MetricsBatch fetch(LocalDate from, LocalDate to) throws SourceException {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends before it starts: " + from + ".." + to);
    }
    DailyValues values = new DailyValues();
    List<SkippedRecord> skipped = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      for (Metric m : List.of(Metric.VISITORS, Metric.SESSIONS, Metric.PAGEVIEWS, Metric.BOUNCES)) {
        values.total(day, m, 0);
      }
      if (options.goals()) {
        values.total(day, Metric.CONVERSIONS, 0);
      }
    }
    List<PlausibleQuery> queries =
        new ArrayList<>(
            List.of(
                PlausibleQuery.TOTALS,
                PlausibleQuery.CHANNELS,
                PlausibleQuery.ENTRY_PAGES,
                PlausibleQuery.SOURCES,
                PlausibleQuery.COUNTRIES));
    if (options.goals()) {
      queries.add(PlausibleQuery.GOALS);
    }
    for (PlausibleQuery query : queries) {
      for (Row row : api.rows(query, from, to, skipped)) {
        try {
          read(query, row, from, to, values);
        } catch (IllegalArgumentException e) {
          skipped.add(new SkippedRecord(name, row.location(), e.getMessage(), text(row)));
        }
      }
    }
    return new MetricsBatch(name, from, to, values.values(), skipped);
  }

  /** Adds one row's values; throws {@link IllegalArgumentException} naming what is wrong. */
  private static void read(
      PlausibleQuery query, Row row, LocalDate from, LocalDate to, DailyValues values) {
    JsonNode dims = row.dimensions();
    if (!dims.isArray() || dims.size() != query.dimensions().size()) {
      throw new IllegalArgumentException(
          "expected dimensions " + query.dimensions() + ", got " + dims);
    }
    LocalDate day;
    try {
      day = LocalDate.parse(dims.get(0).asString("").strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expected a yyyy-MM-dd day first, got " + dims.get(0));
    }
    if (day.isBefore(from) || day.isAfter(to)) {
      throw new IllegalArgumentException("day outside the asked " + from + ".." + to);
    }
    String key = key(query.target(), dims);
    double[] m = numbers(query, row.metrics());
    if (query.target() == Dimension.GOAL) {
      add(values, day, Dimension.GOAL, key, Metric.CONVERSIONS, m[0]);
      add(values, day, Dimension.TOTAL, "", Metric.CONVERSIONS, m[0]);
      return;
    }
    add(values, day, query.target(), key, Metric.VISITORS, m[0]);
    add(values, day, query.target(), key, Metric.SESSIONS, m[1]);
    add(values, day, query.target(), key, Metric.PAGEVIEWS, m[2]);
    if (m[1] >= 0 && m[3] >= 0) {
      add(values, day, query.target(), key, Metric.BOUNCES, Math.round(m[1] * m[3] / 100));
    }
  }

  private static void add(
      DailyValues values, LocalDate day, Dimension dim, String key, Metric metric, double v) {
    if (v >= 0) {
      values.add(day, dim, key, metric, v);
    }
  }

  private static String key(Dimension target, JsonNode dims) {
    String first = target == Dimension.TOTAL ? "" : value(dims.get(1));
    return switch (target) {
      case CHANNEL -> CHANNELS.getOrDefault(first, first);
      case LANDING_PAGE -> decodePath(first);
      case SOURCE_MEDIUM -> sourceMedium(first, value(dims.get(2)));
      default -> first;
    };
  }

  /**
   * {@code source / channel}; Plausible's {@code Direct / None} reads {@code (direct) / (none)}.
   */
  private static String sourceMedium(String source, String channel) {
    if (source.equals("Direct / None")) {
      return "(direct) / (none)";
    }
    return source + " / " + CHANNELS.getOrDefault(channel, channel);
  }

  private static String value(JsonNode node) {
    String text = node == null || node.isNull() ? "" : node.asString("").strip();
    return text.isEmpty() ? "(not set)" : text;
  }

  /** The metrics in query order; -1 for null (Plausible sends null for rates of empty rows). */
  private static double[] numbers(PlausibleQuery query, JsonNode metrics) {
    if (!metrics.isArray() || metrics.size() != query.metrics().size()) {
      throw new IllegalArgumentException(
          "expected metrics " + query.metrics() + ", got " + metrics);
    }
    double[] out = new double[metrics.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode n = metrics.get(i);
      if (n.isNull()) {
        out[i] = -1;
      } else if (n.isNumber() && Double.isFinite(n.asDouble()) && n.asDouble() >= 0) {
        out[i] = n.asDouble();
      } else {
        throw new IllegalArgumentException(
            query.metrics().get(i) + " must be a number >= 0, got " + n);
      }
    }
    return out;
  }

  /** Percent-decodes a path, keeping {@code +} and leaving malformed escapes as they are. */
  static String decodePath(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }

  private static String text(Row row) {
    return "{\"dimensions\":" + row.dimensions() + ",\"metrics\":" + row.metrics() + "}";
  }
}
