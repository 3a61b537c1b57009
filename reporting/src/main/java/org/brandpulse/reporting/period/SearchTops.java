package org.brandpulse.reporting.period;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.RangeTotal;

/**
 * The top entries of one breakdown (queries or pages) of an export, each against the previous
 * export, and the entries the previous export listed that this one no longer does.
 *
 * <p>Entries rank by clicks, then impressions, then key, so a query with no clicks but many
 * impressions still shows; lost entries rank by their earlier clicks and impressions.
 *
 * @param dimension the breakdown
 * @param current the current export's range
 * @param previous the previous export's range, or null when there is none
 * @param top the current export's first entries, at most the limit given
 * @param lost the previous export's first entries missing from the current one, at most the limit
 * @param listed how many entries the current export lists
 */
public record SearchTops(
    Dimension dimension,
    ExportRange current,
    ExportRange previous,
    List<SearchEntry> top,
    List<SearchEntry> lost,
    int listed) {

  public SearchTops {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(current, "current");
    top = List.copyOf(top);
    lost = List.copyOf(lost);
  }

  /** Whether there is a previous export to compare with. */
  public boolean compared() {
    return previous != null;
  }

  /** The new entries among the top ones. */
  public long newEntries() {
    return top.stream().filter(e -> e.status(compared()) == SearchEntry.Status.NEW).count();
  }

  private static final Comparator<RangeTotal> RANK =
      Comparator.comparingDouble(RangeTotal::clicks)
          .thenComparingDouble(RangeTotal::impressions)
          .reversed()
          .thenComparing(RangeTotal::key);

  /**
   * Ranks the current export's totals and pairs each with the previous export's.
   *
   * @param dimension the breakdown the totals are of
   * @param pair the current and previous export
   * @param current the current export's totals of that breakdown
   * @param previous the previous export's totals (empty when {@code pair.previous()} is null)
   * @param limit how many entries to keep in each list
   */
  public static SearchTops of(
      Dimension dimension,
      ExportRange.Pair pair,
      List<RangeTotal> current,
      List<RangeTotal> previous,
      int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
    Map<String, RangeTotal> now = byKey(current);
    Map<String, RangeTotal> before = byKey(previous);
    List<SearchEntry> top =
        rank(now.values(), limit, t -> new SearchEntry(t.key(), t, before.get(t.key())));
    List<SearchEntry> lost =
        rank(
            before.values().stream().filter(t -> !now.containsKey(t.key())).toList(),
            limit,
            t -> new SearchEntry(t.key(), null, t));
    return new SearchTops(dimension, pair.current(), pair.previous(), top, lost, now.size());
  }

  private static Map<String, RangeTotal> byKey(List<RangeTotal> totals) {
    Map<String, RangeTotal> out = new LinkedHashMap<>();
    totals.forEach(t -> out.put(t.key(), t));
    return out;
  }

  private static List<SearchEntry> rank(
      java.util.Collection<RangeTotal> totals, int limit, Function<RangeTotal, SearchEntry> entry) {
    List<SearchEntry> out = new ArrayList<>();
    totals.stream().sorted(RANK).limit(limit).forEach(t -> out.add(entry.apply(t)));
    return out;
  }
}
