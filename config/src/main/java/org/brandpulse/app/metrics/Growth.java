package org.brandpulse.app.metrics;

import java.util.List;
import org.brandpulse.reporting.period.Change;
import org.brandpulse.reporting.period.Contribution;
import org.brandpulse.reporting.period.Period;

/**
 * Period-over-period growth of a site, with the brand's social figures of the same periods.
 *
 * @param site the site
 * @param source the metrics source the figures come from
 * @param period the period compared
 * @param previousCovered whether the source has data for the whole previous period
 * @param lastYearCovered whether it has data for the whole same period last year
 * @param rows one row per measure (sessions, visitors, pageviews, conversions, conversion rate,
 *     bounce rate)
 * @param channels contributions of each channel to the change in sessions
 * @param landingPages contributions of each landing page to the change in sessions (top 10)
 * @param social the brand's mentions, net sentiment, negative posts and complaints, or null when
 *     the site names no brand
 */
public record Growth(
    String site,
    String source,
    Period period,
    boolean previousCovered,
    boolean lastYearCovered,
    List<Row> rows,
    List<Contribution> channels,
    List<Contribution> landingPages,
    Social social) {

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
