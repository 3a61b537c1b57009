package org.brandpulse.reporting.report;

import java.util.Locale;
import java.util.Objects;
import org.brandpulse.reporting.period.Change;

/**
 * A headline number with its period-over-period change.
 *
 * @param name display name, e.g. "Sessions"
 * @param value the value in the report period
 * @param previous the value in the compared period, or null when unknown (no delta is shown)
 * @param change {@code Change.of(value, previous)}, null exactly when previous is null
 * @param unit how to write the value
 * @param higherIsBetter whether a rise is good news (false for open complaints)
 */
public record Kpi(
    String name,
    double value,
    Double previous,
    Change change,
    KpiUnit unit,
    boolean higherIsBetter) {

  public Kpi {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit of KPI " + name);
    if (!Double.isFinite(value) || (previous != null && !Double.isFinite(previous))) {
      throw new IllegalArgumentException(
          "KPI '" + name + "' needs finite values, got " + value + " vs " + previous);
    }
    if ((previous == null) != (change == null)) {
      throw new IllegalArgumentException(
          "KPI '" + name + "' needs a change exactly when it has a previous value");
    }
  }

  /** A KPI where a rise is good; {@code previous} may be null. */
  public static Kpi of(String name, double value, Double previous, KpiUnit unit) {
    return new Kpi(
        name, value, previous, previous == null ? null : Change.of(value, previous), unit, true);
  }

  /** A KPI where a fall is good (open complaints, errors). */
  public static Kpi lowerIsBetter(String name, double value, Double previous, KpiUnit unit) {
    return new Kpi(
        name, value, previous, previous == null ? null : Change.of(value, previous), unit, false);
  }

  /** The value as text. */
  public String valueText() {
    return unit.format(value);
  }

  /**
   * The change as text, e.g. {@code +1,204 (+12.5 %)}, {@code +40} from zero, {@code no change}, or
   * {@code n/a} without a previous value.
   */
  public String changeText() {
    if (change == null) {
      return "n/a";
    }
    if (change.absolute() == 0) {
      return "no change";
    }
    String absolute = unit.formatDelta(change.absolute());
    // relative changes of rates and of scores that can cross zero (net sentiment) mislead
    return change.relative() == null || unit == KpiUnit.PERCENT || unit == KpiUnit.SCORE
        ? absolute
        : absolute + String.format(Locale.ROOT, " (%+.1f %%)", change.relative() * 100);
  }

  /** {@code good}, {@code bad} or {@code flat}: the direction judged by {@link #higherIsBetter}. */
  public String trend() {
    if (change == null || change.absolute() == 0) {
      return "flat";
    }
    return (change.absolute() > 0) == higherIsBetter ? "good" : "bad";
  }
}
