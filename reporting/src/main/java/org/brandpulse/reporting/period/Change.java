package org.brandpulse.reporting.period;

/**
 * A value against a base: {@code absolute = current - base} and {@code relative = absolute /
 * |base|}.
 *
 * <p>When the base is zero the relative change is undefined and {@link #relative()} is {@code null}
 * (never NaN or infinity), so "from 0 to 40 visits" prints as "+40" without a percentage. Dividing
 * by {@code |base|} keeps the sign of the relative change equal to the sign of the absolute one
 * even for negative bases.
 *
 * @param current the value in the period looked at
 * @param base the value it is compared with
 * @param absolute {@code current - base}
 * @param relative {@code absolute / |base|} as a fraction (0.25 = +25 %), or {@code null} when base
 *     is 0
 */
public record Change(double current, double base, double absolute, Double relative) {

  public Change {
    if (!Double.isFinite(current) || !Double.isFinite(base)) {
      throw new IllegalArgumentException(
          "change needs finite values, got " + current + " vs " + base);
    }
  }

  /** The change from {@code base} to {@code current}. */
  public static Change of(double current, double base) {
    double absolute = current - base;
    return new Change(current, base, absolute, base == 0 ? null : absolute / Math.abs(base));
  }
}
