package org.brandpulse.reporting.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One calendar period: a day, an ISO week (Monday to Sunday), a month, a quarter or a year,
 * identified by its granularity and first day. Build one with {@link
 * Granularity#containing(LocalDate)}.
 *
 * <p>{@link #sameLastYear()} maps a day to the same calendar date a year earlier (29 February to 28
 * February), a week to the week with the same ISO number in the previous week-based year (week 53
 * to week 52 when that year has only 52 weeks), and months, quarters and years to their namesakes.
 *
 * @param granularity the period's length
 * @param start its first day, which must be the first day of a period of that granularity
 */
public record Period(Granularity granularity, LocalDate start) {

  public Period {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(start, "start");
    if (!granularity.startOf(start).equals(start)) {
      throw new IllegalArgumentException(
          "period start "
              + start
              + " is not the first day of a "
              + granularity.cliName()
              + ", expected "
              + granularity.startOf(start));
    }
  }

  /** Shorthand for {@code granularity.containing(date)}. */
  public static Period containing(Granularity granularity, LocalDate date) {
    return granularity.containing(date);
  }

  /** Last day, inclusive. */
  public LocalDate end() {
    return endExclusive().minusDays(1);
  }

  /** First day after the period. */
  public LocalDate endExclusive() {
    return granularity.next(start);
  }

  /** Number of days (28 to 31 for months, 90 to 92 for quarters, 365 or 366 for years). */
  public int lengthInDays() {
    return (int) ChronoUnit.DAYS.between(start, endExclusive());
  }

  /** Every day of the period, in order. */
  public Stream<LocalDate> days() {
    return start.datesUntil(endExclusive());
  }

  /** Whether {@code date} lies in this period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(endExclusive());
  }

  /** The period just before this one. */
  public Period previous() {
    return new Period(granularity, granularity.previous(start));
  }

  /** The period just after this one. */
  public Period next() {
    return new Period(granularity, granularity.next(start));
  }

  /** The same period one year earlier (see the type comment for weeks and leap days). */
  public Period sameLastYear() {
    if (granularity != Granularity.WEEK) {
      return granularity.containing(start.minusYears(1));
    }
    int week = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    int year = start.get(IsoFields.WEEK_BASED_YEAR) - 1;
    LocalDate mid = LocalDate.of(year, 7, 1);
    long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(mid).getMaximum();
    LocalDate target = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.min(week, weeks));
    return Granularity.WEEK.containing(target);
  }

  /**
   * Label: {@code 2026-11-29}, {@code 2026-W48} (ISO week-based year), {@code 2026-11}, {@code
   * 2026-Q4}, {@code 2026}.
   */
  public String label() {
    return switch (granularity) {
      case DAY -> start.toString();
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR),
              start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER ->
          String.format(
              Locale.ROOT, "%d-Q%d", start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
      case YEAR -> Integer.toString(start.getYear());
    };
  }

  @Override
  public String toString() {
    return label();
  }
}
