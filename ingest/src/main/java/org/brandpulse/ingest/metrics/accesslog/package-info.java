/**
 * Web-server access logs to daily site metrics.
 *
 * <p>The pipeline has three steps, each usable alone:
 *
 * <ol>
 *   <li>{@link org.brandpulse.ingest.metrics.accesslog.LogFormat} compiles an Apache or nginx
 *       format string (presets {@code COMMON}, {@code COMBINED}, {@code NGINX_COMBINED}) into a
 *       single-pass parser; {@link org.brandpulse.ingest.metrics.accesslog.AccessLogReader} reads
 *       plain or gzip files in name order and reports malformed lines with file:line instead of
 *       failing.
 *   <li>{@link org.brandpulse.ingest.metrics.accesslog.TrafficClassifier} tells pages from assets,
 *       spots bots by user agent, and assigns a landing hit its {@link
 *       org.brandpulse.ingest.metrics.accesslog.Channel}.
 *   <li>{@link org.brandpulse.ingest.metrics.accesslog.Sessionizer} reorders records within a
 *       bounded window, groups them into sessions per visitor (IP + user agent), filters bots by
 *       behaviour and emits {@link org.brandpulse.ingest.metrics.accesslog.DailyMetric} rows.
 * </ol>
 *
 * <p>Memory is bounded by the open sessions and the reorder window, plus one visitor set per day
 * and breakdown key for distinct-visitor counts.
 */
package org.brandpulse.ingest.metrics.accesslog;
