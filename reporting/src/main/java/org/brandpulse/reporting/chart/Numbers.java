package org.brandpulse.reporting.chart;

import java.math.BigDecimal;
import java.util.Locale;

/** Number text for tables: integers without decimals, other values with up to two. */
final class Numbers {

  private Numbers() {}

  static String cell(Double v) {
    if (v == null) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%d", v.longValue());
    }
    return BigDecimal.valueOf(v)
        .setScale(2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
