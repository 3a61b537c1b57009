package org.brandpulse.reporting.period;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;

/** Daily post counts as a series for the anomaly detector. */
public final class PostCounts {

  private PostCounts() {}

  /**
   * Posts matching {@code filter} per day of {@code from..to} in {@code zone}; every day of the
   * range is present, a day without posts counts zero (not a gap).
   */
  public static NavigableMap<LocalDate, Double> daily(
      PostStore posts, PostFilter filter, ZoneId zone, LocalDate from, LocalDate to)
      throws StoreException {
    SortedMap<LocalDate, Long> counts =
        posts.countPerDay(
            filter.between(
                from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant()),
            zone);
    NavigableMap<LocalDate, Double> out = new TreeMap<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      out.put(d, counts.getOrDefault(d, 0L).doubleValue());
    }
    return out;
  }
}
