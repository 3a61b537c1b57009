package org.brandpulse.app.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 90 days of the demo: a weekly rhythm (Friday and Saturday are the Bangladeshi weekend), a
 * slow growth trend, a day curve that peaks in the Dhaka evening, and three events placed relative
 * to the last day so the demo is always current.
 */
final class Timeline {
  static final int DAYS = 90;
  static final int SALE_FROM = 22;
  static final int SALE_DAYS = 4;
  static final int INCIDENT_FROM = 50;
  static final int INCIDENT_DAYS = 7;
  static final int VIRAL_DAY = 70;

  private static final double[] SALE_BOOST = {1.5, 3.2, 2.6, 2.0};

  /** Posting activity per hour of local time in Dhaka (UTC+6). */
  private static final double[] LOCAL_HOURS = {
    3, 2, 1, 0.5, 0.5, 0.8, 1.5, 2.5, 3.5, 4, 4.5, 5, 5.5, 5.5, 5, 4.5, 4.5, 5, 5.5, 6, 7, 7.5, 7, 5
  };

  enum Phase {
    NORMAL,
    SALE,
    INCIDENT
  }

  final LocalDate first;
  final LocalDate last;

  Timeline(LocalDate last) {
    this.last = last;
    this.first = last.minusDays(DAYS - 1);
  }

  LocalDate date(int day) {
    return first.plusDays(day);
  }

  /** Day index (0 = first day) of an instant inside the window. */
  int dayOf(Instant at) {
    return (int)
        java.time.temporal.ChronoUnit.DAYS.between(
            first, at.atOffset(ZoneOffset.UTC).toLocalDate());
  }

  /** First instant after the window. */
  Instant end() {
    return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  Phase phase(int day) {
    if (day >= SALE_FROM && day < SALE_FROM + SALE_DAYS) {
      return Phase.SALE;
    }
    return day >= INCIDENT_FROM && day < INCIDENT_FROM + INCIDENT_DAYS
        ? Phase.INCIDENT
        : Phase.NORMAL;
  }

  /** Relative volume of posts on a day. */
  double weight(int day) {
    DayOfWeek dow = date(day).getDayOfWeek();
    double week =
        switch (dow) {
          case FRIDAY -> 1.3;
          case SATURDAY -> 1.15;
          case SUNDAY, THURSDAY -> 1.0;
          default -> 0.9;
        };
    double trend = 0.85 + 0.3 * day / (DAYS - 1);
    double event =
        switch (phase(day)) {
          case SALE -> SALE_BOOST[day - SALE_FROM];
          case INCIDENT -> 1.5;
          case NORMAL -> day == VIRAL_DAY ? 1.3 : 1.0;
        };
    return week * trend * event;
  }

  /** Splits {@code total} posts over the days by weight with a little noise (largest remainder). */
  int[] allocate(int total, SplittableRandom rnd) {
    double[] w = new double[DAYS];
    double sum = 0;
    for (int d = 0; d < DAYS; d++) {
      w[d] = weight(d) * (0.85 + 0.3 * rnd.nextDouble());
      sum += w[d];
    }
    int[] counts = new int[DAYS];
    double[] rest = new double[DAYS];
    int given = 0;
    for (int d = 0; d < DAYS; d++) {
      double exact = total * w[d] / sum;
      counts[d] = (int) exact;
      rest[d] = exact - counts[d];
      given += counts[d];
    }
    for (; given < total; given++) {
      int best = 0;
      for (int d = 1; d < DAYS; d++) {
        best = rest[d] > rest[best] ? d : best;
      }
      counts[best]++;
      rest[best] = -1;
    }
    return counts;
  }

  /** A moment on the day, following the Dhaka day curve. */
  Instant at(int day, SplittableRandom rnd) {
    double sum = 0;
    for (double h : LOCAL_HOURS) {
      sum += h;
    }
    double pick = rnd.nextDouble() * sum;
    int local = 0;
    while (local < 23 && (pick -= LOCAL_HOURS[local]) > 0) {
      local++;
    }
    int utcHour = (local + 18) % 24;
    long second = utcHour * 3600L + rnd.nextInt(3600);
    return date(day).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(second);
  }

  List<DemoEvent> events() {
    return List.of(
        new DemoEvent(
            "sale-spike",
            date(SALE_FROM),
            date(SALE_FROM + SALE_DAYS - 1),
            "Bazarly Eid sale: teaser day, then three days of heavy promo and product talk; payment-failure complaints"),
        new DemoEvent(
            "delivery-incident",
            date(INCIDENT_FROM),
            date(INCIDENT_FROM + INCIDENT_DAYS - 1),
            "flooded Bazarly hub: late-delivery complaint spike, slower support replies"),
        new DemoEvent(
            "viral-complaint",
            date(VIRAL_DAY),
            date(VIRAL_DAY + 1),
            "@tahmid_rahman's soap-in-the-box complaint: thousands of retweets, same-issue replies, support reply and update"));
  }
}
