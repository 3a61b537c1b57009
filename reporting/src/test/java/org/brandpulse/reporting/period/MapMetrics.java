package org.brandpulse.reporting.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.RangeTotal;

/**
 * Stored metrics and Search Console range totals in maps: the ports {@link MetricsReader} and
 * {@link SearchRangeReader} as the database adapters answer them, for unit tests.
 */
public final class MapMetrics implements MetricsReader, SearchRangeReader {

  private record Key(String site, String source, Dimension dimension, String key, Metric metric) {}

  private record Ranged(String site, String source, RangeTotal total) {}

  private final Map<Key, TreeMap<LocalDate, Double>> values = new HashMap<>();
  private final Map<List<String>, TreeMap<LocalDate, Double>> hours = new HashMap<>();
  private final List<Ranged> ranges = new ArrayList<>();

  /** Stores one day's value of a breakdown key ({@code ""} for {@link Dimension#TOTAL}). */
  public MapMetrics put(
      String site,
      String source,
      Dimension dimension,
      String key,
      Metric metric,
      LocalDate day,
      double value) {
    values
        .computeIfAbsent(new Key(site, source, dimension, key, metric), k -> new TreeMap<>())
        .put(day, value);
    return this;
  }

  /** Stores a site total for every day of {@code from..to}. */
  public MapMetrics total(
      String site, String source, Metric metric, LocalDate from, LocalDate to, double value) {
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      put(site, source, Dimension.TOTAL, "", metric, d, value);
    }
    return this;
  }

  /** Records that a source's data covers only {@code h} hours of a day. */
  public MapMetrics hours(String site, String source, LocalDate day, double h) {
    hours.computeIfAbsent(List.of(site, source), k -> new TreeMap<>()).put(day, h);
    return this;
  }

  /** Stores one range total of a Search Console export. */
  public MapMetrics range(String site, String source, RangeTotal total) {
    ranges.add(new Ranged(site, source, total));
    return this;
  }

  @Override
  public NavigableMap<LocalDate, Double> series(
      String site,
      String source,
      Dimension dimension,
      String key,
      Metric metric,
      LocalDate from,
      LocalDate to) {
    TreeMap<LocalDate, Double> out = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          if (k.site.equals(site)
              && k.source.equals(source)
              && k.dimension == dimension
              && k.metric == metric
              && (key == null || key.equals(k.key))) {
            v.subMap(from, true, to, true).forEach((d, x) -> out.merge(d, x, Double::sum));
          }
        });
    return out;
  }

  @Override
  public Map<String, NavigableMap<LocalDate, Double>> breakdown(
      String site,
      String source,
      Dimension dimension,
      Metric metric,
      LocalDate from,
      LocalDate to) {
    Map<String, NavigableMap<LocalDate, Double>> out = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          if (k.site.equals(site)
              && k.source.equals(source)
              && k.dimension == dimension
              && k.metric == metric) {
            NavigableMap<LocalDate, Double> in = v.subMap(from, true, to, true);
            if (!in.isEmpty()) {
              out.put(k.key, new TreeMap<>(in));
            }
          }
        });
    return out;
  }

  @Override
  public NavigableMap<LocalDate, Double> coveredHours(
      String site, String source, LocalDate from, LocalDate to) {
    TreeMap<LocalDate, Double> h = hours.get(List.of(site, source));
    return h == null ? new TreeMap<>() : new TreeMap<>(h.subMap(from, true, to, true));
  }

  @Override
  public String primarySource(String site, Metric metric) {
    Map<String, Integer> days = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          if (k.site.equals(site) && k.dimension == Dimension.TOTAL && k.metric == metric) {
            days.merge(k.source, v.size(), Integer::sum);
          }
        });
    String best = null;
    for (Map.Entry<String, Integer> e : days.entrySet()) {
      if (best == null || e.getValue() > days.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  @Override
  public List<SourceCoverage> coverage(String site) {
    Map<String, TreeMap<LocalDate, Boolean>> bySource = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          if (k.site.equals(site)) {
            v.keySet()
                .forEach(
                    d -> bySource.computeIfAbsent(k.source, s -> new TreeMap<>()).put(d, true));
          }
        });
    List<SourceCoverage> out = new ArrayList<>();
    bySource.forEach((s, d) -> out.add(new SourceCoverage(s, d.firstKey(), d.lastKey(), d.size())));
    return out;
  }

  @Override
  public List<ExportRange> ranges(String site, String source) {
    return ranges.stream()
        .filter(r -> r.site.equals(site) && r.source.equals(source))
        .map(r -> new ExportRange(r.total.from(), r.total.to()))
        .distinct()
        .sorted(java.util.Comparator.comparing(ExportRange::to).thenComparing(ExportRange::from))
        .toList();
  }

  @Override
  public List<String> sources(String site) {
    return ranges.stream()
        .filter(r -> r.site.equals(site))
        .map(Ranged::source)
        .distinct()
        .sorted()
        .toList();
  }

  @Override
  public List<RangeTotal> totals(
      String site, String source, ExportRange range, Dimension dimension) {
    return ranges.stream()
        .filter(
            r ->
                r.site.equals(site)
                    && r.source.equals(source)
                    && r.total.dimension() == dimension
                    && Objects.equals(r.total.from(), range.from())
                    && Objects.equals(r.total.to(), range.to()))
        .map(Ranged::total)
        .toList();
  }
}
