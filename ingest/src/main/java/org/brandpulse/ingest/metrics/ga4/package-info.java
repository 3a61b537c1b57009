/**
 * Google Analytics 4 CSV exports as daily site metrics.
 *
 * <p>Export a GA4 report with a {@code Date} dimension (add it as a secondary dimension, or use an
 * Exploration with {@code Date} as a row) via "Share this report &gt; Download file &gt; Download
 * CSV", then point {@link org.brandpulse.ingest.metrics.ga4.Ga4CsvSource} at the files. One file
 * may hold several tables (one per report card); each is read on its own and tables it cannot read
 * are reported as skipped, with the header line's place.
 *
 * <p>GA4 dates are days in the property's time zone, which is taken as the site's zone. Because GA4
 * revises data for days after the fact, re-export the recent days and import them again: the stored
 * batch replaces the period it covers.
 *
 * <p>Rows are parsed one line at a time, so a broken quote or a wrong cell spoils only its row; the
 * first 100 bad rows per file are listed with file:line, reason and text.
 */
package org.brandpulse.ingest.metrics.ga4;
