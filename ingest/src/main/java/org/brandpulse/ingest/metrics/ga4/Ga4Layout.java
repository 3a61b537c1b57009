package org.brandpulse.ingest.metrics.ga4;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.ExportCsv;
import org.brandpulse.ingest.metrics.ExportCsv.BadValue;
import org.brandpulse.ingest.metrics.Metric;

/**
 * Which columns of a GA4 table header carry the date, the breakdowns and the measures. Matching
 * ignores case, blanks and a trailing parenthesis, so {@code Session primary channel group (Default
 * Channel Group)} matches {@code session primary channel group}. Unknown columns are ignored.
 *
 * @param header the header row as written
 * @param dateColumn index of the date column
 * @param dateForm how its cells read
 * @param dimensions breakdown columns by index; empty for a table of site totals
 * @param columns measure columns by what they measure
 */
record Ga4Layout(
    List<String> header,
    int dateColumn,
    DateForm dateForm,
    Map<Integer, Dimension> dimensions,
    Map<Measure, Integer> columns) {

  /** What the date column holds. */
  enum DateForm {
    /** {@code Date}: {@code 20260131} (ISO {@code 2026-01-31} accepted too). */
    DATE,
    /** {@code Nth day}: {@code 0000} is the export's start date. */
    NTH_DAY,
    /** {@code Day}: the day of the month, for exports within one month. */
    DAY_OF_MONTH
  }

  /** The GA4 measures this source reads. */
  enum Measure {
    SESSIONS,
    USERS,
    VIEWS,
    ENGAGED_SESSIONS,
    BOUNCES,
    BOUNCE_RATE,
    KEY_EVENTS
  }

  /** What a table needs, for error messages. */
  static final String EXPECTED =
      "a Date (or Nth day, Day) column and at least one of Sessions, Total users, Users, Active"
          + " users, Views, Screen page views, Engaged sessions, Bounce rate, Key events,"
          + " Conversions";

  private static final Map<String, DateForm> DATES =
      Map.of("date", DateForm.DATE, "nth day", DateForm.NTH_DAY, "day", DateForm.DAY_OF_MONTH);

  private static final Map<String, Dimension> DIMENSIONS =
      Map.ofEntries(
          Map.entry("session default channel group", Dimension.CHANNEL),
          Map.entry("session primary channel group", Dimension.CHANNEL),
          Map.entry("first user default channel group", Dimension.CHANNEL),
          Map.entry("first user primary channel group", Dimension.CHANNEL),
          Map.entry("default channel group", Dimension.CHANNEL),
          Map.entry("primary channel group", Dimension.CHANNEL),
          Map.entry("session source / medium", Dimension.SOURCE_MEDIUM),
          Map.entry("first user source / medium", Dimension.SOURCE_MEDIUM),
          Map.entry("source / medium", Dimension.SOURCE_MEDIUM),
          Map.entry("landing page", Dimension.LANDING_PAGE),
          Map.entry("landing page + query string", Dimension.LANDING_PAGE),
          Map.entry("country", Dimension.COUNTRY),
          Map.entry("event name", Dimension.GOAL));

  /** Measure columns; for users the first present of Total users, Users, Active users wins. */
  private static final Map<String, Measure> MEASURES = new LinkedHashMap<>();

  static {
    MEASURES.put("sessions", Measure.SESSIONS);
    MEASURES.put("total users", Measure.USERS);
    MEASURES.put("users", Measure.USERS);
    MEASURES.put("active users", Measure.USERS);
    MEASURES.put("views", Measure.VIEWS);
    MEASURES.put("screen page views", Measure.VIEWS);
    MEASURES.put("screenpage views", Measure.VIEWS);
    MEASURES.put("page views", Measure.VIEWS);
    MEASURES.put("engaged sessions", Measure.ENGAGED_SESSIONS);
    MEASURES.put("bounces", Measure.BOUNCES);
    MEASURES.put("bounce rate", Measure.BOUNCE_RATE);
    MEASURES.put("key events", Measure.KEY_EVENTS);
    MEASURES.put("conversions", Measure.KEY_EVENTS);
  }

  Ga4Layout {
    header = List.copyOf(header);
    dimensions = Map.copyOf(dimensions);
    columns = Map.copyOf(columns);
  }

  /** The layout of a header row, or null when it lacks a date column or any measure. */
  static Ga4Layout of(List<String> header) {
    int dateColumn = -1;
    DateForm form = null;
    Map<Integer, Dimension> dimensions = new LinkedHashMap<>();
    Map<Measure, Integer> columns = new EnumMap<>(Measure.class);
    Map<Measure, String> chosen = new EnumMap<>(Measure.class);
    for (int i = 0; i < header.size(); i++) {
      String name = ExportCsv.normalize(header.get(i));
      if (DATES.containsKey(name) && dateColumn < 0) {
        dateColumn = i;
        form = DATES.get(name);
      } else if (DIMENSIONS.containsKey(name)) {
        if (!dimensions.containsValue(DIMENSIONS.get(name))) {
          dimensions.put(i, DIMENSIONS.get(name));
        }
      } else if (MEASURES.containsKey(name)) {
        Measure m = MEASURES.get(name);
        if (!chosen.containsKey(m) || rank(name) < rank(chosen.get(m))) {
          chosen.put(m, name);
          columns.put(m, i);
        }
      }
    }
    if (dateColumn < 0 || columns.isEmpty()) {
      return null;
    }
    return new Ga4Layout(header, dateColumn, form, dimensions, columns);
  }

  /**
   * The measures of a data row: sessions, visitors, pageviews, conversions and bounces (given, or
   * sessions minus engaged sessions, or sessions times bounce rate), as far as the table has them.
   */
  Map<Metric, Double> metrics(List<String> cells) throws BadValue {
    Map<Measure, Double> read = new EnumMap<>(Measure.class);
    for (Map.Entry<Measure, Integer> c : columns.entrySet()) {
      String column = header.get(c.getValue()).strip();
      read.put(c.getKey(), ExportCsv.number(column, cells.get(c.getValue()).strip()));
    }
    Map<Metric, Double> out = new EnumMap<>(Metric.class);
    put(out, Metric.SESSIONS, read.get(Measure.SESSIONS));
    put(out, Metric.VISITORS, read.get(Measure.USERS));
    put(out, Metric.PAGEVIEWS, read.get(Measure.VIEWS));
    put(out, Metric.CONVERSIONS, read.get(Measure.KEY_EVENTS));
    Double sessions = read.get(Measure.SESSIONS);
    Double engaged = read.get(Measure.ENGAGED_SESSIONS);
    Double rate = read.get(Measure.BOUNCE_RATE);
    if (read.containsKey(Measure.BOUNCES)) {
      put(out, Metric.BOUNCES, read.get(Measure.BOUNCES));
    } else if (sessions != null && engaged != null) {
      put(out, Metric.BOUNCES, Math.max(0, sessions - engaged));
    } else if (sessions != null && rate != null) {
      if (rate > 1) {
        throw new BadValue(
            header.get(columns.get(Measure.BOUNCE_RATE)).strip()
                + " "
                + rate
                + " is above 1 (expected a fraction or a %)");
      }
      put(out, Metric.BOUNCES, (double) Math.round(sessions * rate));
    }
    return out;
  }

  private static void put(Map<Metric, Double> out, Metric metric, Double value) {
    if (value != null) {
      out.put(metric, value);
    }
  }

  private static int rank(String name) {
    return List.copyOf(MEASURES.keySet()).indexOf(name);
  }
}
