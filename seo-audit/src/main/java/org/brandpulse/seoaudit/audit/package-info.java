/**
 * Audits: crawl a site, run the catalogue, compare with the previous audit.
 *
 * <p>{@link org.brandpulse.seoaudit.audit.SiteAudit#run} crawls with the given {@code CrawlOptions}
 * and {@code Thresholds} and returns an {@link org.brandpulse.seoaudit.audit.AuditResult}: the
 * site, start and end times, why the crawl stopped, the {@link
 * org.brandpulse.seoaudit.audit.HealthScore health score}, one {@link
 * org.brandpulse.seoaudit.audit.PageSummary} per crawled site URL and every finding, sorted. {@link
 * org.brandpulse.seoaudit.audit.AuditDiff#compare} tells new, fixed and persisting findings apart
 * (identity: check, URL, related URL). Writing the result to files is the {@code report} package's
 * job; storing it is the application's.
 */
package org.brandpulse.seoaudit.audit;
