package org.brandpulse.reporting.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The days one analytics export covers (a Search Console export of 2025-03-17..2025-04-19): its
 * range totals belong to the range as a whole, so exports are compared range with range.
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 */
public record ExportRange(LocalDate from, LocalDate to) {

  /** Orders by last day, then first day. */
  public static final Comparator<ExportRange> BY_END =
      Comparator.comparing(ExportRange::to).thenComparing(ExportRange::from);

  public ExportRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends before it starts: " + from + ".." + to);
    }
  }

  /** Days in the range. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** Whether the range shares a day with the period. */
  public boolean overlaps(Period period) {
    return !from.isAfter(period.end()) && !to.isBefore(period.start());
  }

  /** {@code 2025-03-17..2025-04-19}. */
  @Override
  public String toString() {
    return from + ".." + to;
  }

  /**
   * The export to show for a period and the one to compare it with.
   *
   * @param current the latest export that shares a day with the period
   * @param previous the latest export that ended before it, preferring one as long (two 28-day
   *     exports compare like with like); null when there is none
   */
  public record Pair(ExportRange current, ExportRange previous) {
    public Pair {
      Objects.requireNonNull(current, "current");
    }
  }

  /** Days shared with the period. */
  public long overlapDays(Period period) {
    LocalDate start = from.isAfter(period.start()) ? from : period.start();
    LocalDate end = to.isBefore(period.end()) ? to : period.end();
    return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Picks the exports for {@code period} among those stored; empty when none shares a day with it.
   * The current one shares the most days with the period; of those, the one ending nearest the
   * period's end (weekly 28-day exports: the one made for that week), then the latest and shortest.
   */
  public static Optional<Pair> pick(List<ExportRange> stored, Period period) {
    Comparator<ExportRange> fit =
        Comparator.comparingLong((ExportRange r) -> r.overlapDays(period))
            .thenComparing(r -> -Math.abs(ChronoUnit.DAYS.between(period.end(), r.to())))
            .thenComparing(BY_END);
    ExportRange current = stored.stream().filter(r -> r.overlaps(period)).max(fit).orElse(null);
    if (current == null) {
      return Optional.empty();
    }
    List<ExportRange> before = stored.stream().filter(r -> r.to().isBefore(current.to())).toList();
    ExportRange previous =
        before.stream()
            .filter(r -> r.days() == current.days())
            .max(BY_END)
            .orElseGet(() -> before.stream().max(BY_END).orElse(null));
    return Optional.of(new Pair(current, previous));
  }
}
