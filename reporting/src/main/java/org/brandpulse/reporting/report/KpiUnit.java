package org.brandpulse.reporting.report;

import java.util.Locale;

/** How a KPI value is written. */
public enum KpiUnit {
  /** A count, written with thousands separators: {@code 12,480}. */
  COUNT,
  /** A fraction written as a percentage: 0.0315 is {@code 3.2 %}. */
  PERCENT,
  /** A score with one decimal, such as net sentiment (-100 to 100) or SEO health (0 to 100). */
  SCORE;

  /** The value as display text. */
  public String format(double value) {
    return switch (this) {
      case COUNT -> String.format(Locale.ROOT, "%,.0f", value);
      case PERCENT -> String.format(Locale.ROOT, "%.1f %%", value * 100);
      case SCORE -> String.format(Locale.ROOT, "%.1f", value);
    };
  }

  /** An absolute difference as display text with its sign: {@code +1,204}, {@code -0.4 pp}. */
  public String formatDelta(double delta) {
    return switch (this) {
      case COUNT -> String.format(Locale.ROOT, "%+,.0f", delta);
      case PERCENT -> String.format(Locale.ROOT, "%+.1f pp", delta * 100);
      case SCORE -> String.format(Locale.ROOT, "%+.1f", delta);
    };
  }
}
