package org.brandpulse.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodComparisonTest {

  private static final Period WEEK = Granularity.WEEK.containing(LocalDate.of(2026, 11, 25));
  private static final String[] KEYS = {"Organic Search", "বাংলা /bn/পাতা", "/ja/商品 🛒"};

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // case, per-day values in the previous week (a b c), in this week, total relative, shares a b c
    "growth,        10 10 10, 20 15 10,  0.5,   0.6666667, 0.3333333, 0",
    "decline,       20 10 10, 10 15 10, -0.125, 2,         -1,        0",
    "flat total,    20 10  5, 10 20  5,  0,     ,          ,          ",
    "from nothing,   0  0  0,  4  1  0,   ,     0.8,       0.2,       0",
  })
  void contributionsSplitTheTotalChange(
      String name,
      String before,
      String now,
      Double relative,
      Double shareA,
      Double shareB,
      Double shareC) {
    Map<String, DailySeries> breakdown = breakdown(before, now);
    PeriodComparison cmp = PeriodComparison.of(breakdown, WEEK);

    if (relative == null) {
      assertThat(cmp.vsPrevious().relative()).isNull();
    } else {
      assertThat(cmp.vsPrevious().relative()).isCloseTo(relative, within(1e-6));
    }
    Double[] expected = {shareA, shareB, shareC};
    double sum = 0;
    for (int i = 0; i < KEYS.length; i++) {
      Contribution c = find(cmp, KEYS[i]);
      if (expected[i] == null) {
        assertThat(c.share()).isNull();
      } else {
        assertThat(c.share()).isCloseTo(expected[i], within(1e-6));
        sum += c.share();
      }
    }
    if (cmp.vsPrevious().absolute() != 0) {
      assertThat(sum).isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void comparesWithTheSameIsoWeekLastYear() {
    Map<LocalDate, Double> values = new TreeMap<>();
    Granularity.WEEK.containing(LocalDate.of(2025, 11, 26)).days().forEach(d -> values.put(d, 8.0));
    WEEK.days().forEach(d -> values.put(d, 10.0));
    PeriodComparison cmp = PeriodComparison.of(DailySeries.of("pageviews", values), WEEK);

    assertThat(cmp.vsLastYear()).isEqualTo(new Change(70, 56, 14, 0.25));
    assertThat(cmp.vsPrevious()).isEqualTo(new Change(70, 0, 70, null));
    assertThat(cmp.byPrevious()).isEmpty();
  }

  @Test
  void largestMoversComeFirst() {
    PeriodComparison cmp = PeriodComparison.of(breakdown("1 1 1", "2 9 1"), WEEK);
    assertThat(cmp.byPrevious())
        .extracting(Contribution::key)
        .containsExactly(KEYS[1], KEYS[0], KEYS[2]);
  }

  private static Contribution find(PeriodComparison cmp, String key) {
    return cmp.byPrevious().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
  }

  /** Three channels with constant per-day values in the previous week and in {@link #WEEK}. */
  private static Map<String, DailySeries> breakdown(String before, String now) {
    String[] b = before.trim().split("\\s+");
    String[] n = now.trim().split("\\s+");
    Map<String, DailySeries> out = new LinkedHashMap<>();
    for (int i = 0; i < KEYS.length; i++) {
      Map<LocalDate, Double> values = new TreeMap<>();
      double prev = Double.parseDouble(b[i]);
      double cur = Double.parseDouble(n[i]);
      WEEK.previous().days().forEach(d -> values.put(d, prev));
      WEEK.days().forEach(d -> values.put(d, cur));
      out.put(KEYS[i], DailySeries.of(KEYS[i], values));
    }
    return out;
  }
}
