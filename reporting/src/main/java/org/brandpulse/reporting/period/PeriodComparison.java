package org.brandpulse.reporting.period;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A metric in one period against the previous period and the same period last year, with each
 * breakdown's contribution to both changes.
 *
 * <p>Build one with {@link #of(DailySeries, Period)} for a total alone or {@link #of(Map, Period)}
 * for a breakdown, whose total is the sum of its parts so that contributions add up to 100 %.
 * Non-additive metrics (unique visitors) should be compared with {@link #of(DailySeries, Period)}
 * only.
 *
 * @param period the period looked at
 * @param vsPrevious the total against {@link Period#previous()}
 * @param vsLastYear the total against {@link Period#sameLastYear()}
 * @param byPrevious contributions to {@code vsPrevious}, largest absolute change first
 * @param byLastYear contributions to {@code vsLastYear}, largest absolute change first
 */
public record PeriodComparison(
    Period period,
    Change vsPrevious,
    Change vsLastYear,
    List<Contribution> byPrevious,
    List<Contribution> byLastYear) {

  public PeriodComparison {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(vsPrevious, "vsPrevious");
    Objects.requireNonNull(vsLastYear, "vsLastYear");
    byPrevious = List.copyOf(byPrevious);
    byLastYear = List.copyOf(byLastYear);
  }

  /** Compares a single series, without breakdown. */
  public static PeriodComparison of(DailySeries total, Period period) {
    return new PeriodComparison(
        period,
        Change.of(total.sum(period), total.sum(period.previous())),
        Change.of(total.sum(period), total.sum(period.sameLastYear())),
        List.of(),
        List.of());
  }

  /** Compares the sum of {@code breakdown} and splits both changes by breakdown key. */
  public static PeriodComparison of(Map<String, DailySeries> breakdown, Period period) {
    Change vsPrevious = total(breakdown, period, period.previous());
    Change vsLastYear = total(breakdown, period, period.sameLastYear());
    return new PeriodComparison(
        period,
        vsPrevious,
        vsLastYear,
        contributions(breakdown, period, period.previous(), vsPrevious),
        contributions(breakdown, period, period.sameLastYear(), vsLastYear));
  }

  private static Change total(Map<String, DailySeries> breakdown, Period current, Period base) {
    double now = 0;
    double then = 0;
    for (DailySeries s : breakdown.values()) {
      now += s.sum(current);
      then += s.sum(base);
    }
    return Change.of(now, then);
  }

  private static List<Contribution> contributions(
      Map<String, DailySeries> breakdown, Period current, Period base, Change total) {
    List<Contribution> out = new ArrayList<>();
    breakdown.forEach(
        (key, s) -> {
          Change c = Change.of(s.sum(current), s.sum(base));
          Double share = total.absolute() == 0 ? null : c.absolute() / total.absolute();
          out.add(new Contribution(key, c, share));
        });
    out.sort(
        Comparator.comparingDouble((Contribution c) -> -Math.abs(c.change().absolute()))
            .thenComparing(Contribution::key));
    return out;
  }
}
