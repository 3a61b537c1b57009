package org.brandpulse.reporting.complaints;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.Severity;

/**
 * A case's priority, 0 to 100, and the reasons shown in the e-mail. The formula adds four parts:
 *
 * <ul>
 *   <li>severity: none 5, low 15, medium 30, high 45, critical 60;
 *   <li>reach: {@code 6 * log10(1 + reach)}, at most 24 (10,000 people reach 24);
 *   <li>engagement: {@code 4 * log10(1 + likes + shares + replies)}, at most 8;
 *   <li>age against the SLA: {@code 8 * min(1, age / sla)} (a post that waited long is more
 *       urgent).
 * </ul>
 *
 * <p>So a critical complaint always reaches the default threshold of 60, a high one with a reach of
 * about 300 and some engagement does, and a medium one needs a large audience and an old post.
 */
public final class Priority {

  private Priority() {}

  /** The priority of a complaint. */
  public static int score(
      Severity severity, long reach, long engagement, Duration age, Duration sla) {
    double s =
        severityPart(severity) + reachPart(reach) + engagementPart(engagement) + agePart(age, sla);
    return (int) Math.max(0, Math.min(100, Math.round(s)));
  }

  /** Why a case was flagged, one sentence per reason, for the e-mail. */
  public static List<String> reasons(
      double probability,
      Severity severity,
      long reach,
      long engagement,
      Duration age,
      Duration sla,
      int priority,
      int threshold) {
    List<String> r = new ArrayList<>();
    r.add(
        String.format(
            Locale.ROOT,
            "Complaint (probability %.2f) that needs a reply from the brand",
            probability));
    r.add(
        String.format(
            Locale.ROOT,
            "Severity %s (+%.0f), reach %,d (+%.0f), engagement %,d (+%.0f), %s old (+%.0f)",
            severity.name().toLowerCase(Locale.ROOT),
            severityPart(severity),
            reach,
            reachPart(reach),
            engagement,
            engagementPart(engagement),
            hours(age),
            agePart(age, sla)));
    r.add(
        priority >= threshold
            ? "Priority " + priority + " is at least " + threshold + ": alerted at once"
            : "Priority " + priority + " is below " + threshold + ": sent in the digest");
    return r;
  }

  static double severityPart(Severity s) {
    return switch (s) {
      case NONE -> 5;
      case LOW -> 15;
      case MEDIUM -> 30;
      case HIGH -> 45;
      case CRITICAL -> 60;
    };
  }

  static double reachPart(long reach) {
    return Math.min(24, 6 * Math.log10(1 + Math.max(0, reach)));
  }

  static double engagementPart(long engagement) {
    return Math.min(8, 4 * Math.log10(1 + Math.max(0, engagement)));
  }

  static double agePart(Duration age, Duration sla) {
    double ratio = Math.max(0, age.toMillis()) / (double) sla.toMillis();
    return 8 * Math.min(1, ratio);
  }

  private static String hours(Duration age) {
    long minutes = Math.max(0, age.toMinutes());
    return minutes < 120 ? minutes + " min" : (minutes / 60) + " h";
  }
}
