/**
 * Site metrics in the application: the import of access logs and analytics or Search Console
 * exports into {@code SITE_METRIC} (per contribution, with the hours each source covers) and {@code
 * SEARCH_RANGE_TOTAL}, the JDBC repositories over them, and growth between periods as the {@code
 * metrics} commands, the reports and the web UI show it.
 */
package org.brandpulse.app.metrics;
