package org.brandpulse.seoaudit.checks;

import java.util.Locale;

/** How much a finding hurts, with the weight the health score charges for it. */
public enum Severity {
  /** Pages lost to search: server errors, redirect loops. */
  CRITICAL(10),
  /** Broken or misleading signals search engines act on. */
  HIGH(5),
  /** Lost ranking or click potential. */
  MEDIUM(2),
  /** Hygiene. */
  LOW(1),
  /** Facts worth knowing, not problems; never lowers the score. */
  INFO(0);

  private final int weight;

  Severity(int weight) {
    this.weight = weight;
  }

  /** The health-score weight: 10, 5, 2, 1, 0. */
  public int weight() {
    return weight;
  }

  /** The lower-case name used in outputs: {@code critical}, {@code high}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #id()} (any case). */
  public static Severity of(String id) {
    try {
      return valueOf(id.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown severity '" + id + "', expected critical, high, medium, low or info", e);
    }
  }
}
