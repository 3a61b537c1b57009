/**
 * The period report: a plain data model and its renderers, which never fetch anything.
 *
 * <p>Build a {@link org.brandpulse.reporting.report.ReportModel} with {@link
 * org.brandpulse.reporting.report.ReportModel#builder}: one call per {@link
 * org.brandpulse.reporting.report.SectionKind} as its data arrives, either {@code present(kind,
 * blocks...)} or {@code absent(kind, reason)}; kinds never given come out absent, so a missing
 * source shows as missing rather than as zeros. A section's {@link
 * org.brandpulse.reporting.report.Block}s are KPI cards ({@link
 * org.brandpulse.reporting.report.Kpi}), charts (specs from {@code reporting.chart}), tables, post
 * and complaint lists, anomalies with their explanation and the data-coverage list.
 *
 * <p>{@link org.brandpulse.reporting.report.ReportHtmlRenderer} turns the model into one
 * self-contained HTML file (Thymeleaf templates under {@code
 * src/main/resources/org/brandpulse/reporting/report/}, ECharts inlined, a data table beside each
 * chart, print CSS). {@link org.brandpulse.reporting.report.ReportEmail} makes the summary email's
 * parts: HTML and plain text with the headline KPIs, PNG charts referenced by {@code cid:}, and the
 * full report as the attachment. Text from posts and pages is always escaped; links are made only
 * from http(s) addresses ({@link org.brandpulse.reporting.report.Links}).
 */
package org.brandpulse.reporting.report;
