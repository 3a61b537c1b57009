package org.brandpulse.ingest.metrics.plausible;

import java.util.List;
import java.util.Objects;
import org.brandpulse.ingest.metrics.Dimension;

/**
 * One Stats API v2 query a fetch sends: always broken down by {@code time:day} first, then by the
 * breakdown's own dimensions.
 *
 * @param label names the query in errors and skipped records
 * @param target the dimension its rows are stored under
 * @param dimensions the API dimensions, {@code time:day} first
 * @param metrics the API metrics, in the order the rows answer them
 */
record PlausibleQuery(
    String label, Dimension target, List<String> dimensions, List<String> metrics) {

  /** Visit metrics; {@code bounce_rate} is a percentage turned into bounces with {@code visits}. */
  static final List<String> VISIT_METRICS =
      List.of("visitors", "visits", "pageviews", "bounce_rate");

  static final PlausibleQuery TOTALS = visits("totals", Dimension.TOTAL);
  static final PlausibleQuery CHANNELS = visits("channels", Dimension.CHANNEL, "visit:channel");
  static final PlausibleQuery ENTRY_PAGES =
      visits("entry pages", Dimension.LANDING_PAGE, "visit:entry_page");
  static final PlausibleQuery SOURCES =
      visits("sources", Dimension.SOURCE_MEDIUM, "visit:source", "visit:channel");
  static final PlausibleQuery COUNTRIES =
      visits("countries", Dimension.COUNTRY, "visit:country_name");

  /** Goal conversions: unique converting visitors per goal and day. */
  static final PlausibleQuery GOALS =
      new PlausibleQuery(
          "goals", Dimension.GOAL, List.of("time:day", "event:goal"), List.of("visitors"));

  PlausibleQuery {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(target, "target");
    dimensions = List.copyOf(dimensions);
    metrics = List.copyOf(metrics);
    if (dimensions.isEmpty() || !dimensions.get(0).equals("time:day")) {
      throw new IllegalArgumentException("a query is broken down by time:day first: " + dimensions);
    }
  }

  private static PlausibleQuery visits(String label, Dimension target, String... breakdown) {
    List<String> dims = new java.util.ArrayList<>(List.of("time:day"));
    dims.addAll(List.of(breakdown));
    return new PlausibleQuery(label, target, dims, VISIT_METRICS);
  }
}
