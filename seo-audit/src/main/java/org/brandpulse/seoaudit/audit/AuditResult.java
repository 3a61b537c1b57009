package org.brandpulse.seoaudit.audit;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.Severity;

/**
 * The outcome of one audit: what was crawled and every finding, sorted by URL, check and related
 * URL.
 *
 * @param site the audited site: scheme, host and port of the first start URL
 * @param startUrl the first start URL
 * @param startedAt when the crawl started
 * @param finishedAt when the checks finished
 * @param stopReason why the crawl ended ({@code COMPLETED}, {@code MAX_PAGES}, {@code TIME_BUDGET},
 *     {@code INTERRUPTED})
 * @param healthScore 0 to 100, see {@link HealthScore}
 * @param pages one row per crawled site URL
 * @param findings every finding
 */
public record AuditResult(
    String site,
    String startUrl,
    Instant startedAt,
    Instant finishedAt,
    String stopReason,
    double healthScore,
    List<PageSummary> pages,
    List<Finding> findings) {

  public AuditResult {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(startUrl, "startUrl");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(stopReason, "stopReason");
    if (!(healthScore >= 0 && healthScore <= 100)) {
      throw new IllegalArgumentException("health score must be 0..100, got " + healthScore);
    }
    pages = List.copyOf(pages);
    findings = List.copyOf(findings);
  }

  /** Whether the crawl ran to its end or to one of its limits (not interrupted). */
  public boolean completed() {
    return !stopReason.equals("INTERRUPTED");
  }

  /** Findings per severity, every severity present (0 when none). */
  public Map<Severity, Long> countsBySeverity() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0L);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
    return counts;
  }
}
