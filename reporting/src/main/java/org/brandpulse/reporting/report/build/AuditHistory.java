package org.brandpulse.reporting.report.build;

import java.time.Instant;
import java.util.List;
import org.brandpulse.seoaudit.checks.Finding;

/** The completed SEO audits of a site, as a report reads them: a port. */
public interface AuditHistory {

  /**
   * One completed audit.
   *
   * @param id its run id
   * @param startedAt when it started
   * @param healthScore its health score, 0-100
   * @param pages the pages it crawled
   */
  record Audit(long id, Instant startedAt, double healthScore, int pages) {}

  /** The completed audits of an origin ({@code https://host[:port]}), oldest first. */
  List<Audit> timeline(String origin);

  /** The findings of one audit. */
  List<Finding> findings(long auditId);
}
