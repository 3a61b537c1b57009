/**
 * SEO audits in the application: the {@code audit} command and {@code seoAudit} job run {@code
 * seo-audit}'s {@link org.brandpulse.seoaudit.audit.SiteAudit}, write its files and keep every run
 * with its findings in the database ({@link org.brandpulse.app.audit.AuditStore}), so the next run
 * of the same site shows what is new, fixed and persisting.
 */
package org.brandpulse.app.audit;
