package org.brandpulse.reporting.report.build;

import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.reporting.period.MetricsReader;
import org.brandpulse.reporting.period.SearchRangeReader;

/**
 * Everything a report is built from: the application implements it over its database and post
 * store, tests over maps and a temporary store.
 */
public interface ReportData {

  /** The analysed posts. */
  PostStore posts();

  /** The daily site metrics. */
  MetricsReader metrics();

  /** The Search Console range totals. */
  SearchRangeReader searchRanges();

  /** The complaint cases of the alerts job. */
  OpenCases cases();

  /** The SEO audits. */
  AuditHistory audits();
}
