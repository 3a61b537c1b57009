package org.brandpulse.ingest.metrics.accesslog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brandpulse.ingest.metrics.accesslog.DailyMetric.Dimension;

/** Sums closed sessions into day × breakdown rows with distinct-visitor sets. */
final class DailyAggregator {

  private record RowKey(LocalDate day, Dimension dimension, String key) {}

  private static final class Row {
    final Set<String> visitors = new HashSet<>();
    long sessions;
    long pageviews;
    long bounces;
    long conversions;

    void add(String visitor, int pageviews, boolean converted) {
      visitors.add(visitor);
      sessions++;
      this.pageviews += pageviews;
      bounces += pageviews == 1 ? 1 : 0;
      conversions += converted ? 1 : 0;
    }
  }

  private final Map<RowKey, Row> rows = new HashMap<>();

  void add(LocalDate day, Session s, List<GoalPattern> goals) {
    boolean converted = s.goals != 0;
    row(day, Dimension.TOTAL, "").add(s.visitor, s.pageviews, converted);
    row(day, Dimension.CHANNEL, s.channel.label()).add(s.visitor, s.pageviews, converted);
    row(day, Dimension.LANDING_PAGE, s.landing).add(s.visitor, s.pageviews, converted);
    row(day, Dimension.EXIT_PAGE, s.exit).add(s.visitor, s.pageviews, converted);
    for (int i = 0; i < goals.size(); i++) {
      if ((s.goals & (1L << i)) != 0) {
        row(day, Dimension.GOAL, goals.get(i).pattern()).add(s.visitor, s.pageviews, true);
      }
    }
  }

  private Row row(LocalDate day, Dimension dimension, String key) {
    return rows.computeIfAbsent(new RowKey(day, dimension, key), k -> new Row());
  }

  List<DailyMetric> metrics() {
    List<DailyMetric> out = new ArrayList<>(rows.size());
    rows.forEach(
        (k, r) ->
            out.add(
                new DailyMetric(
                    k.day(),
                    k.dimension(),
                    k.key(),
                    r.visitors.size(),
                    r.sessions,
                    r.pageviews,
                    r.bounces,
                    r.conversions)));
    out.sort(
        Comparator.comparing(DailyMetric::day)
            .thenComparing(DailyMetric::dimension)
            .thenComparing(DailyMetric::key));
    return List.copyOf(out);
  }
}
