package org.brandpulse.reporting.period;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A day whose value left its seasonal baseline, as flagged by {@link AnomalyDetector}.
 *
 * @param metric the series name
 * @param day the day flagged
 * @param value the value on that day
 * @param baseline the median of the same weekday over the baseline weeks
 * @param scale the robust standard deviation used ({@code 1.4826 × MAD}, floored)
 * @param score the robust z-score {@code (value - baseline) / scale}
 * @param history how many earlier same-weekday values formed the baseline
 */
public record Anomaly(
    String metric,
    LocalDate day,
    double value,
    double baseline,
    double scale,
    double score,
    int history) {

  /** Whether the value went up or down. */
  public enum Direction {
    SPIKE,
    DROP
  }

  public Anomaly {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(day, "day");
    if (!(scale > 0) || !Double.isFinite(score)) {
      throw new IllegalArgumentException(
          "anomaly on "
              + day
              + " needs a positive scale and finite score, got "
              + scale
              + ", "
              + score);
    }
  }

  /** {@link Direction#SPIKE} for a positive score, {@link Direction#DROP} otherwise. */
  public Direction direction() {
    return score > 0 ? Direction.SPIKE : Direction.DROP;
  }

  /** One backtest line, e.g. {@code 2026-03-14 SPIKE pageviews 540 vs 200 (z=+9.3, 8 weeks)}. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s %-5s %s %.0f vs %.0f (z=%+.1f, %d weeks)",
        day,
        direction(),
        metric,
        value,
        baseline,
        score,
        history);
  }
}
