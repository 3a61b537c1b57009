package org.brandpulse.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailySeriesTest {

  private static final DailySeries SERIES =
      DailySeries.of(
          "বাংলা পাতা 🛒",
          Map.of(
              LocalDate.of(2024, 2, 28), 3.0,
              LocalDate.of(2024, 2, 29), 4.0,
              LocalDate.of(2024, 3, 1), 5.0,
              LocalDate.of(2024, 3, 31), 7.0,
              LocalDate.of(2024, 4, 1), 11.0));

  @ParameterizedTest
  @CsvSource({
    "DAY, 2024-02-29, 4",
    "DAY, 2024-03-02, 0",
    "MONTH, 2024-02-01, 7",
    "MONTH, 2024-03-15, 12",
    "QUARTER, 2024-03-31, 19",
    "QUARTER, 2024-04-01, 11",
    "YEAR, 2024-06-01, 30",
    "WEEK, 2024-02-29, 12"
  })
  void sumsOverPeriodsWithAbsentDaysAsZero(Granularity g, LocalDate day, double expected) {
    assertThat(SERIES.sum(g.containing(day))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"NaN", "Infinity", "-Infinity"})
  void rejectsNonFiniteValuesNamingSeriesAndDay(double bad) {
    assertThatThrownBy(() -> DailySeries.of("訪問", Map.of(LocalDate.of(2026, 11, 29), bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("訪問")
        .hasMessageContaining("2026-11-29");
  }
}
