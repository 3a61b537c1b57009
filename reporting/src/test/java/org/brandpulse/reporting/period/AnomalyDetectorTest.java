package org.brandpulse.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnomalyDetectorTest {

  /** A Monday; day index 0. With 4 weeks of minimum history, days 0..27 are warm-up. */
  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  @ParameterizedTest(name = "planted {0}, cooldown {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // planted day:factor | cooldown | expected flags (day index + direction)
        "10:3 50:3 70:0.3 90:3 91:3 95:3 | 3 | 50 SPIKE, 70 DROP, 90 SPIKE, 95 SPIKE",
        "10:3 50:3 70:0.3 90:3 91:3 95:3 | 0 | 50 SPIKE, 70 DROP, 90 SPIKE, 91 SPIKE, 95 SPIKE",
        "10:3 50:3 70:0.3 90:3 91:3 95:3 | 5 | 50 SPIKE, 70 DROP, 90 SPIKE",
        "27:4 28:4 29:0                  | 3 | 28 SPIKE",
        "40:1.05 41:0.95                 | 3 | ''",
        "60:0 61:0 62:0 63:0 64:0        | 1 | 60 DROP, 62 DROP, 64 DROP",
      })
  void flagsExactlyThePlantedDays(String planted, int cooldown, String expected) {
    AnomalyDetector detector =
        new AnomalyDetector(AnomalyDetector.Settings.DEFAULTS.withCooldownDays(cooldown));

    List<Anomaly> flags = detector.detect(series(120, planted));

    assertThat(render(flags)).isEqualTo(expected);
    assertThat(flags).allSatisfy(a -> assertThat(a.day()).isAfterOrEqualTo(START.plusDays(28)));
  }

  @Test
  void replayHasNoLookAhead() {
    DailySeries full = series(120, "50:3 70:0.3 90:3 95:3 101:0.2");
    AnomalyDetector detector = new AnomalyDetector(AnomalyDetector.Settings.DEFAULTS);
    List<Anomaly> all = detector.detect(full);
    for (int cut = 30; cut < 120; cut += 7) {
      LocalDate last = START.plusDays(cut);
      DailySeries prefix = new DailySeries("visits", full.values().headMap(last, true));
      assertThat(detector.detect(prefix))
          .isEqualTo(all.stream().filter(a -> !a.day().isAfter(last)).toList());
    }
  }

  @Test
  void describesEachFlagOnOneBacktestLine() {
    List<Anomaly> flags =
        new AnomalyDetector(AnomalyDetector.Settings.DEFAULTS).detect(series(60, "50:3"));
    assertThat(flags)
        .singleElement()
        .extracting(Anomaly::describe)
        .isEqualTo("2026-02-24 SPIKE visits 351 vs 120 (z=+38.5, 7 weeks)");
  }

  @Test
  void rejectsMoreRequiredHistoryThanBaselineWeeks() {
    assertThatThrownBy(() -> new AnomalyDetector.Settings(4, 5, 3.5, 3, 1, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minHistory (5)");
  }

  /**
   * Weekdays around 120 and weekends around 80, with a deterministic ±5 wobble; {@code planted}
   * lists {@code index:factor} pairs that multiply the value of that day.
   */
  private static DailySeries series(int days, String planted) {
    Map<Integer, Double> factors = new TreeMap<>();
    for (String p : planted.trim().split("\\s+")) {
      String[] kv = p.split(":");
      factors.put(Integer.parseInt(kv[0]), Double.parseDouble(kv[1]));
    }
    Map<LocalDate, Double> values = new TreeMap<>();
    for (int i = 0; i < days; i++) {
      LocalDate day = START.plusDays(i);
      double base = day.getDayOfWeek().getValue() >= 6 ? 80 : 120;
      double wobble = (i * 37 % 11) - 5;
      values.put(day, (base + wobble) * factors.getOrDefault(i, 1.0));
    }
    return DailySeries.of("visits", values);
  }

  private static String render(List<Anomaly> flags) {
    return flags.stream()
        .map(a -> ChronoUnit.DAYS.between(START, a.day()) + " " + a.direction())
        .collect(Collectors.joining(", "));
  }
}
