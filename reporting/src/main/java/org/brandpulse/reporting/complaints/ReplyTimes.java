package org.brandpulse.reporting.complaints;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How fast a brand first replied to its complaint cases: how many were answered by one of its own
 * handles, the median and 90th percentile of the time to that first reply, and how many were
 * answered within the SLA.
 *
 * @param cases the cases considered
 * @param answered the cases with a first reply
 * @param median the median time to first reply (null when none was answered)
 * @param p90 the 90th percentile (nearest rank; null when none was answered)
 * @param withinSla answered no later than the SLA
 */
public record ReplyTimes(int cases, int answered, Duration median, Duration p90, int withinSla) {

  /**
   * The figures of a set of cases.
   *
   * @param waits time to first reply per answered case (negative values are taken as zero)
   * @param cases every case considered, answered or not
   * @param sla the service-level target
   */
  public static ReplyTimes of(List<Duration> waits, int cases, Duration sla) {
    if (waits.size() > cases) {
      throw new IllegalArgumentException(waits.size() + " answered of only " + cases + " cases");
    }
    List<Duration> sorted = new ArrayList<>();
    for (Duration d : waits) {
      sorted.add(d.isNegative() ? Duration.ZERO : d);
    }
    Collections.sort(sorted);
    int within = (int) sorted.stream().filter(d -> d.compareTo(sla) <= 0).count();
    return new ReplyTimes(cases, sorted.size(), rank(sorted, 0.5), rank(sorted, 0.9), within);
  }

  /** Share of the cases answered, 0 when there are none. */
  public double answeredShare() {
    return cases == 0 ? 0 : (double) answered / cases;
  }

  private static Duration rank(List<Duration> sorted, double q) {
    if (sorted.isEmpty()) {
      return null;
    }
    int index = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** {@code 4h 05m}, {@code 12m}, {@code 2d 03h}; "–" for null. */
  public static String format(Duration d) {
    if (d == null) {
      return "–";
    }
    long minutes = d.toMinutes();
    if (minutes < 60) {
      return minutes + "m";
    }
    if (minutes < 48 * 60) {
      return String.format(java.util.Locale.ROOT, "%dh %02dm", minutes / 60, minutes % 60);
    }
    return String.format(java.util.Locale.ROOT, "%dd %02dh", minutes / 1440, (minutes % 1440) / 60);
  }
}
