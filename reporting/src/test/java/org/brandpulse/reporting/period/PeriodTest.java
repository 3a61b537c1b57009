package org.brandpulse.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    // granularity, date, label, start, end, days, previous, same period last year
    "DAY,     2024-02-29, 2024-02-29, 2024-02-29, 2024-02-29,   1, 2024-02-28, 2023-02-28",
    "DAY,     2025-03-01, 2025-03-01, 2025-03-01, 2025-03-01,   1, 2025-02-28, 2024-03-01",
    "WEEK,    2026-11-29, 2026-W48,   2026-11-23, 2026-11-29,   7, 2026-W47,   2025-W48",
    "WEEK,    2021-01-03, 2020-W53,   2020-12-28, 2021-01-03,   7, 2020-W52,   2019-W52",
    "WEEK,    2021-01-04, 2021-W01,   2021-01-04, 2021-01-10,   7, 2020-W53,   2020-W01",
    "WEEK,    2027-01-01, 2026-W53,   2026-12-28, 2027-01-03,   7, 2026-W52,   2025-W52",
    "WEEK,    2015-12-31, 2015-W53,   2015-12-28, 2016-01-03,   7, 2015-W52,   2014-W52",
    "WEEK,    2024-12-30, 2025-W01,   2024-12-30, 2025-01-05,   7, 2024-W52,   2024-W01",
    "MONTH,   2024-02-10, 2024-02,    2024-02-01, 2024-02-29,  29, 2024-01,    2023-02",
    "MONTH,   2023-02-10, 2023-02,    2023-02-01, 2023-02-28,  28, 2023-01,    2022-02",
    "MONTH,   2026-01-31, 2026-01,    2026-01-01, 2026-01-31,  31, 2025-12,    2025-01",
    "QUARTER, 2026-03-31, 2026-Q1,    2026-01-01, 2026-03-31,  90, 2025-Q4,    2025-Q1",
    "QUARTER, 2026-04-01, 2026-Q2,    2026-04-01, 2026-06-30,  91, 2026-Q1,    2025-Q2",
    "QUARTER, 2024-02-29, 2024-Q1,    2024-01-01, 2024-03-31,  91, 2023-Q4,    2023-Q1",
    "QUARTER, 2026-12-31, 2026-Q4,    2026-10-01, 2026-12-31,  92, 2026-Q3,    2025-Q4",
    "YEAR,    2024-07-01, 2024,       2024-01-01, 2024-12-31, 366, 2023,       2023",
    "YEAR,    2026-11-29, 2026,       2026-01-01, 2026-12-31, 365, 2025,       2025",
  })
  void arithmetic(
      Granularity granularity,
      LocalDate date,
      String label,
      LocalDate start,
      LocalDate end,
      int days,
      String previous,
      String lastYear) {
    Period period = granularity.containing(date);
    assertThat(period.label()).isEqualTo(label);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
    assertThat(period.lengthInDays()).isEqualTo(days);
    assertThat(period.days().count()).isEqualTo(days);
    assertThat(period.contains(date)).isTrue();
    assertThat(period.previous().label()).isEqualTo(previous);
    assertThat(period.previous().next()).isEqualTo(period);
    assertThat(period.sameLastYear().label()).isEqualTo(lastYear);
  }

  @ParameterizedTest
  @CsvSource({"WEEK, 2026-11-24", "MONTH, 2026-11-02", "QUARTER, 2026-11-01", "YEAR, 2026-02-01"})
  void rejectsMisalignedStart(Granularity granularity, LocalDate start) {
    assertThatThrownBy(() -> new Period(granularity, start))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(start.toString());
  }

  @ParameterizedTest
  @CsvSource({"week, WEEK", "Month, MONTH", "' quarter ', QUARTER"})
  void parsesCommandLineNames(String text, Granularity expected) {
    assertThat(Granularity.parse(text)).isEqualTo(expected);
  }
}
