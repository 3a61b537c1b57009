/**
 * Google Search Console Performance report exports as daily site metrics and range totals.
 *
 * <p>In Search Console open Performance, pick the period, and use "Export &gt; Download CSV":
 * Google sends a ZIP of {@code Queries.csv}, {@code Pages.csv}, {@code Countries.csv}, {@code
 * Devices.csv}, {@code Search appearance.csv}, {@code Dates.csv} and {@code Filters.csv}. Give
 * {@link org.brandpulse.ingest.metrics.searchconsole.SearchConsoleCsvSource} the ZIP, or the CSV
 * files themselves. Tables are recognised by their header (English export), not by file name.
 *
 * <p>Daily totals come from {@code Dates.csv} only; queries, pages, countries and devices are
 * totals over the export's whole range, kept as {@link org.brandpulse.ingest.metrics.RangeTotal}s
 * of that range and never dated on a day. Search Console revises the last two or three days, so
 * re-export an overlapping recent period: the stored batch replaces the days it covers, and its
 * range totals replace those stored for the same range.
 *
 * <p>Rows are parsed one line at a time; a bad row (broken quote, wrong column count, a value that
 * is not a number) becomes a skipped record with {@code file:line} (or {@code zip!entry:line}),
 * never a failed import. A file that is empty or is not a Performance table fails the import with
 * its name, the header found and the header expected.
 */
package org.brandpulse.ingest.metrics.searchconsole;
