/**
 * Daily site metrics: the model ({@link org.brandpulse.ingest.metrics.MetricValue} per day, {@link
 * org.brandpulse.ingest.metrics.Dimension} and {@link org.brandpulse.ingest.metrics.Metric}) and
 * the {@link org.brandpulse.ingest.metrics.MetricsSource} contract. Sources live in sub-packages:
 * access logs ({@code accesslog}), Google Analytics 4 and Search Console exports, the Matomo and
 * Plausible APIs.
 */
package org.brandpulse.ingest.metrics;
