/**
 * A realistic access-log generator and a benchmark of the access-log pipeline against GoAccess.
 *
 * <p>{@link org.brandpulse.ingest.metrics.accesslog.bench.AccessLogGenerator} writes a
 * deterministic combined-format log of a shop from a {@link
 * org.brandpulse.ingest.metrics.accesslog.bench.LogProfile} (line count, days, weekday and growth
 * profile, spike days, goal ratio, bot share) and returns the {@link
 * org.brandpulse.ingest.metrics.accesslog.bench.PlantedTruth}: human pageviews, sessions, visitors
 * and bot requests, counted the way the sessionizer counts them, so tests can hold the pipeline to
 * it. {@link org.brandpulse.ingest.metrics.accesslog.bench.LogProfile#demoShop} is the 90-day log
 * of the demo shop Bazarly.
 *
 * <p>{@link org.brandpulse.ingest.metrics.accesslog.bench.AccessLogBenchmark} times the reader and
 * sessionizer on one thread against the {@code goaccess} binary on the same log, and explains where
 * their counts differ from figures it computes in a separate pass.
 */
package org.brandpulse.ingest.metrics.accesslog.bench;
