package org.brandpulse.app.report;

import java.util.List;
import org.brandpulse.app.audit.AuditStore;
import org.brandpulse.app.complaints.CaseStore;
import org.brandpulse.app.metrics.MetricsRepository;
import org.brandpulse.app.metrics.SearchRangeRepository;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.reporting.period.MetricsReader;
import org.brandpulse.reporting.period.SearchRangeReader;
import org.brandpulse.reporting.report.build.AuditHistory;
import org.brandpulse.reporting.report.build.OpenCases;
import org.brandpulse.reporting.report.build.ReportData;
import org.brandpulse.seoaudit.checks.Finding;
import org.springframework.stereotype.Component;

/** What reports are built from, over the application's database and post store. */
@Component
class StoredReportData implements ReportData {

  private final PostStore posts;
  private final MetricsRepository metrics;
  private final SearchRangeRepository searchRanges;
  private final CaseStore cases;
  private final AuditHistory audits;

  StoredReportData(
      PostStore posts,
      MetricsRepository metrics,
      SearchRangeRepository searchRanges,
      CaseStore cases,
      AuditStore audits) {
    this.posts = posts;
    this.metrics = metrics;
    this.searchRanges = searchRanges;
    this.cases = cases;
    this.audits =
        new AuditHistory() {
          @Override
          public List<Audit> timeline(String origin) {
            return audits.timeline(origin).stream()
                .map(
                    d ->
                        new Audit(
                            d.run().id(), d.startedAt(), d.run().healthScore(), d.run().pages()))
                .toList();
          }

          @Override
          public List<Finding> findings(long auditId) {
            return audits.findings(auditId);
          }
        };
  }

  @Override
  public PostStore posts() {
    return posts;
  }

  @Override
  public MetricsReader metrics() {
    return metrics;
  }

  @Override
  public SearchRangeReader searchRanges() {
    return searchRanges;
  }

  @Override
  public OpenCases cases() {
    return cases;
  }

  @Override
  public AuditHistory audits() {
    return audits;
  }
}
