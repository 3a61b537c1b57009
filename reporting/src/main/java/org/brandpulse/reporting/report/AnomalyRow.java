package org.brandpulse.reporting.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.brandpulse.reporting.period.Anomaly;

/**
 * An unusual day with the numbers that explain it.
 *
 * @param metric the series, e.g. "mentions"
 * @param day the day
 * @param value the value that day
 * @param baseline the expected value
 * @param score the robust z-score
 * @param explanation what drove it, e.g. "412 of 540 mentions came from one post by @x"
 */
public record AnomalyRow(
    String metric, LocalDate day, double value, double baseline, double score, String explanation) {

  public AnomalyRow {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(day, "day of anomaly " + metric);
    Objects.requireNonNull(explanation, "explanation of anomaly " + metric + " on " + day);
  }

  /** A row from a detected anomaly and an explanation. */
  public static AnomalyRow of(Anomaly a, String explanation) {
    return new AnomalyRow(a.metric(), a.day(), a.value(), a.baseline(), a.score(), explanation);
  }

  /** {@code spike} or {@code drop}. */
  public String direction() {
    return score > 0 ? "spike" : "drop";
  }

  /** {@code 540 vs 200 expected (z = +9.3)}. */
  public String numbersText() {
    return String.format(
        Locale.ROOT, "%,.0f vs %,.0f expected (z = %+.1f)", value, baseline, score);
  }
}
