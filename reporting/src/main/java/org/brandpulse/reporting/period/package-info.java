/**
 * Period arithmetic, period-over-period comparison and anomaly detection for daily metrics.
 *
 * <p>A {@link org.brandpulse.reporting.period.Period} is a day, ISO week, month, quarter or year;
 * get one with {@code Granularity.WEEK.containing(date)} and move with {@code previous()} and
 * {@code sameLastYear()}. A {@link org.brandpulse.reporting.period.DailySeries} holds one value per
 * day (absent days count as zero when summed).
 *
 * <p>{@link org.brandpulse.reporting.period.PeriodComparison} sums a series over a period, its
 * previous period and the same period last year, and splits the total change into each breakdown's
 * contribution ("organic search explains +62 % of the growth").
 *
 * <p>Exports whose tables are totals over their whole range (Search Console's queries and pages)
 * are compared export with export, not day by day: {@link
 * org.brandpulse.reporting.period.ExportRange#pick} chooses the export that covers a period and the
 * one before it, and {@link org.brandpulse.reporting.period.SearchTops} ranks the top entries with
 * their change, new and lost ones said.
 *
 * <p>{@link org.brandpulse.reporting.period.AnomalyDetector} flags spikes and drops against a
 * seasonal baseline (same weekday over the last weeks) with a robust z-score, replaying history day
 * by day so a backtest shows exactly what it would have flagged at the time.
 */
package org.brandpulse.reporting.period;
