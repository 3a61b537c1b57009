/**
 * The audit's files: {@link org.brandpulse.seoaudit.report.AuditJson audit.json} (everything,
 * readable back for comparisons), {@link org.brandpulse.seoaudit.report.AuditCsv audit.csv} (one
 * finding per row) and {@link org.brandpulse.seoaudit.report.AuditHtml audit.html} (health score,
 * charts with Apache ECharts inlined from its webjar, findings by check, changes since the previous
 * audit, page table; works offline and prints). {@link org.brandpulse.seoaudit.report.AuditFiles}
 * writes all three into one directory. Text from crawled pages is hostile: every bit of it goes
 * through {@link org.brandpulse.seoaudit.report.Html#escape}.
 */
package org.brandpulse.seoaudit.report;
