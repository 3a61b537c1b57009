package org.brandpulse.reporting.period;

import java.util.List;

/**
 * Period-over-period growth of a site, with the brand's social figures of the same periods.
 *
 * @param site the site
 * @param source the metrics source the figures come from
 * @param period the period compared
 * @param previousCovered whether the source has data for every hour of the previous period
 * @param lastYearCovered whether it has data for every hour of the same period last year
 * @param coverage the hours of data in this period, the previous one and last year's
 * @param rows one row per measure (sessions, visitors, pageviews, conversions, conversion rate,
 *     bounce rate)
 * @param channels contributions of each channel to the change in sessions
 * @param landingPages contributions of each landing page to the change in sessions (top 10)
 * @param social the brand's mentions, net sentiment, negative posts and complaints, or null when
 *     the site names no brand
 * @param search the top search queries and pages against the previous export, or null when the
 *     source stores no Search Console range totals
 */
public record Growth(
    String site,
    String source,
    Period period,
    boolean previousCovered,
    boolean lastYearCovered,
    Coverages coverage,
    List<Row> rows,
    List<Contribution> channels,
    List<Contribution> landingPages,
    Social social,
    Search search) {

  /**
   * The Search Console exports of the source: which cover the period, and their top entries.
   *
   * @param stored every export range stored, by last day
   * @param queries the top queries of the export covering the period against the one before, or
   *     null when no export covers the period
   * @param pages the top pages likewise
   */
  public record Search(List<ExportRange> stored, SearchTops queries, SearchTops pages) {
    public Search {
      stored = List.copyOf(stored);
    }
  }

  /**
   * Hours of data in a period: a log that starts on Sunday at 10:05 gives that week 14 of 168.
   *
   * @param hours hours with data (a day with data but no recorded hours counts whole)
   * @param of hours in the period
   */
  public record Coverage(double hours, double of) {
    /** Returns true when some hours of the period have no data. */
    public boolean partial() {
      return hours < of - 0.01;
    }

    /** E.g. {@code 14 of 168 hours}. */
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%.0f of %.0f hours", hours, of);
    }
  }

  /** The coverage of the period, the previous one and the same period last year. */
  public record Coverages(Coverage current, Coverage previous, Coverage lastYear) {
    /** Returns true when the period or the one it is compared with is partial. */
    public boolean unlike() {
      return current.partial() || previous.partial();
    }
  }

  /**
   * One measure.
   *
   * @param name e.g. {@code sessions}, {@code conversionRate}
   * @param vsPrevious against the previous period
   * @param vsLastYear against the same period last year, or null without data then
   */
  public record Row(String name, Change vsPrevious, Change vsLastYear) {}

  /**
   * The brand's social figures over the same periods: the row that puts a traffic change next to
   * the mention, sentiment and complaint changes.
   *
   * @param brand the brand
   * @param mentions posts mentioning the brand
   * @param netSentiment (positive - negative) / mentions × 100
   * @param negative negative posts
   * @param complaints complaints needing a reply
   */
  public record Social(
      String brand, Change mentions, Change netSentiment, Change negative, Change complaints) {}
}
