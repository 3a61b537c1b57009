package org.brandpulse.app.demo.accesslog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.brandpulse.ingest.metrics.accesslog.Channel;

/**
 * What {@link AccessLogGenerator} writes: how many lines over which days, the daily volume profile
 * and the mix of traffic. Start from {@link #benchmark(long)} or {@link #demoShop(LocalDate)} and
 * use the {@code with} methods.
 *
 * @param lines target line count (met within one session's worth of lines)
 * @param start first day (UTC)
 * @param days number of days
 * @param seed random seed; the same profile writes the same bytes
 * @param site the site's base URL, e.g. {@code https://www.bazarly.example}, used in referrers
 * @param weekday relative volume Monday..Sunday (7 values, each > 0)
 * @param growth growth of the volume from the first to the last day, e.g. 0.3 for +30%
 * @param spikes days whose traffic from one channel is multiplied (a campaign, or a dip below 1)
 * @param goalRatio share of human sessions that reach {@code /order/confirmation}
 * @param botShare share of lines from bots (crawlers, tools, scrapers)
 */
public record LogProfile(
    long lines,
    LocalDate start,
    int days,
    long seed,
    String site,
    List<Double> weekday,
    double growth,
    List<Spike> spikes,
    double goalRatio,
    double botShare) {

  /** Monday..Sunday volume of a shop: busy Friday evening, quiet weekend mornings. */
  public static final List<Double> SHOP_WEEK = List.of(1.0, 1.02, 1.0, 1.05, 1.15, 0.8, 0.85);

  /** Validates the profile. */
  public LogProfile {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(site, "site");
    weekday = List.copyOf(weekday);
    spikes = List.copyOf(spikes);
    if (lines < 1 || days < 1) {
      throw new IllegalArgumentException("lines and days must be >= 1: " + lines + ", " + days);
    }
    if (weekday.size() != 7 || weekday.stream().anyMatch(w -> !(w > 0))) {
      throw new IllegalArgumentException("weekday needs 7 factors > 0, got " + weekday);
    }
    if (!(growth > -1) || !(goalRatio >= 0 && goalRatio <= 1) || !(botShare >= 0 && botShare < 1)) {
      throw new IllegalArgumentException(
          "growth must be > -1, goalRatio in [0,1], botShare in [0,1): "
              + growth
              + ", "
              + goalRatio
              + ", "
              + botShare);
    }
    if (!site.startsWith("http://") && !site.startsWith("https://")) {
      throw new IllegalArgumentException("site must be an http(s) URL, got '" + site + "'");
    }
  }

  /** A 30-day log of {@code lines} lines from 2026-10-01, seed 42, for the benchmark. */
  public static LogProfile benchmark(long lines) {
    return new LogProfile(
        lines,
        LocalDate.of(2026, 10, 1),
        30,
        42,
        "https://www.bazarly.example",
        SHOP_WEEK,
        0.1,
        List.of(new Spike(LocalDate.of(2026, 10, 16), Channel.SOCIAL, 4.0)),
        0.03,
        0.15);
  }

  /**
   * The demo shop Bazarly: 90 days ending on {@code end}, about 300,000 lines (5-6 MB gzip), +40%
   * growth, a social campaign day 30 days before the end (social ×6) and an organic-search dip 55
   * days before the end (organic ×0.3), 3.5% of sessions ordering.
   */
  public static LogProfile demoShop(LocalDate end) {
    return new LogProfile(
        300_000,
        end.minusDays(89),
        90,
        2026,
        "https://www.bazarly.example",
        SHOP_WEEK,
        0.4,
        List.of(
            new Spike(end.minusDays(30), Channel.SOCIAL, 6.0),
            new Spike(end.minusDays(55), Channel.ORGANIC_SEARCH, 0.3)),
        0.035,
        0.15);
  }

  /** Returns a copy with another line count. */
  public LogProfile withLines(long lines) {
    return new LogProfile(
        lines, start, days, seed, site, weekday, growth, spikes, goalRatio, botShare);
  }

  /** Returns a copy over other days. */
  public LogProfile withDays(LocalDate start, int days) {
    return new LogProfile(
        lines, start, days, seed, site, weekday, growth, spikes, goalRatio, botShare);
  }

  /** Returns a copy with another seed. */
  public LogProfile withSeed(long seed) {
    return new LogProfile(
        lines, start, days, seed, site, weekday, growth, spikes, goalRatio, botShare);
  }

  /** Returns a copy with other spike days. */
  public LogProfile withSpikes(List<Spike> spikes) {
    return new LogProfile(
        lines, start, days, seed, site, weekday, growth, spikes, goalRatio, botShare);
  }

  /** Returns a copy with another goal ratio. */
  public LogProfile withGoalRatio(double goalRatio) {
    return new LogProfile(
        lines, start, days, seed, site, weekday, growth, spikes, goalRatio, botShare);
  }

  /** Returns the host of {@link #site()}, e.g. {@code www.bazarly.example}. */
  public String host() {
    String rest = site.substring(site.indexOf("://") + 3);
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  /** Returns the relative volume of a day, before spikes: weekday factor times the trend. */
  double baseVolume(LocalDate day) {
    long index = day.toEpochDay() - start.toEpochDay();
    double trend = days == 1 ? 1 : 1 + growth * index / (days - 1);
    return weekday.get(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()) * trend;
  }

  /**
   * Traffic of one channel on one day multiplied by a factor.
   *
   * @param day the day
   * @param channel the channel whose sessions are multiplied
   * @param factor the multiplier, e.g. 5 for a campaign or 0.3 for a dip (> 0)
   */
  public record Spike(LocalDate day, Channel channel, double factor) {
    /** Validates the spike. */
    public Spike {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(channel, "channel");
      if (!(factor > 0)) {
        throw new IllegalArgumentException("spike factor must be > 0, got " + factor);
      }
    }
  }
}
