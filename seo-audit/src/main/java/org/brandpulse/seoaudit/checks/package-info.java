/**
 * The check catalogue: stable check ids, default thresholds and severities, and the code that
 * applies them.
 *
 * <p>{@link org.brandpulse.seoaudit.checks.Check} is the table (id, category, rule, threshold,
 * severity, why); {@link org.brandpulse.seoaudit.checks.CheckCatalogue} renders it as Markdown;
 * {@link org.brandpulse.seoaudit.checks.Thresholds} holds the configurable limits, overridable by
 * check id. Checks run in two halves:
 *
 * <ul>
 *   <li>{@link org.brandpulse.seoaudit.checks.PageChecks} runs on each page as it is crawled
 *       (thread-safe, stateless): status, redirects, headers, and the HTML checks.
 *   <li>{@link org.brandpulse.seoaudit.checks.SiteChecks} records a compact graph of the site (int
 *       ids, flags, 64-bit hashes; no bodies) and runs the checks that need the whole site once the
 *       crawl ends: broken links, canonical targets, hreflang return links, orphans, sitemap
 *       coverage, duplicates and near duplicates, http origins, HSTS.
 * </ul>
 *
 * <p>Each problem becomes one {@link org.brandpulse.seoaudit.checks.Finding} {@code {check,
 * severity, url, detail, relatedUrl}}. Findings about many links or images of one page are one
 * finding per page (the count in the detail, the first example as related URL), except broken links
 * and links to redirects, which are one finding per target so each can be fixed and tracked.
 * Precision first: a clean page produces no finding other than {@code info}.
 */
package org.brandpulse.seoaudit.checks;
