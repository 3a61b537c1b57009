package org.brandpulse.reporting.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The length of a reporting {@link Period}. Weeks follow ISO 8601: they start on Monday and belong
 * to the week-based year that holds their Thursday, so 2021-01-03 lies in {@code 2020-W53}.
 */
public enum Granularity {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  /** The period of this granularity that contains {@code date}. */
  public Period containing(LocalDate date) {
    return new Period(this, startOf(date));
  }

  /** First day of the period of this granularity that contains {@code date}. */
  LocalDate startOf(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER ->
          LocalDate.of(date.getYear(), (date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /** Start of the period after the one starting at {@code start}. */
  LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  /** Start of the period before the one starting at {@code start}. */
  LocalDate previous(LocalDate start) {
    return switch (this) {
      case DAY -> start.minusDays(1);
      case WEEK -> start.minusWeeks(1);
      case MONTH -> start.minusMonths(1);
      case QUARTER -> start.minusMonths(3);
      case YEAR -> start.minusYears(1);
    };
  }

  /** Lower-case name as used on the command line ({@code week}, {@code month}). */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a command-line name such as {@code week} or {@code MONTH}.
   *
   * @throws IllegalArgumentException naming the text and the accepted values
   */
  public static Granularity parse(String text) {
    for (Granularity g : values()) {
      if (g.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return g;
      }
    }
    throw new IllegalArgumentException(
        "unknown period granularity '"
            + text
            + "', expected one of day, week, month, quarter, year");
  }
}
