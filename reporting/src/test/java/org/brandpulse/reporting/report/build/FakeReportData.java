package org.brandpulse.reporting.report.build;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.ingest.store.lucene.LucenePostStore;
import org.brandpulse.reporting.complaints.ComplaintCase;
import org.brandpulse.reporting.complaints.ReplyTimes;
import org.brandpulse.reporting.period.MapMetrics;
import org.brandpulse.reporting.period.MetricsReader;
import org.brandpulse.reporting.period.SearchRangeReader;
import org.brandpulse.seoaudit.checks.Finding;

/**
 * The data a report is built from, held in maps and lists, with a real post store in a temporary
 * folder: what the section tests build reports against.
 */
final class FakeReportData implements ReportData, OpenCases, AuditHistory, AutoCloseable {

  final MapMetrics metrics = new MapMetrics();
  final List<ComplaintCase> cases = new ArrayList<>();
  final Map<String, ReplyTimes> replyTimes = new HashMap<>();
  final Map<String, List<Audit>> audits = new HashMap<>();
  final Map<Long, List<Finding>> findings = new HashMap<>();
  private final LucenePostStore posts;

  FakeReportData(Path dir) throws StoreException {
    posts = LucenePostStore.open(dir);
  }

  /** Stores a completed audit of an origin with its findings. */
  void audit(String origin, Audit audit, List<Finding> found) {
    audits.computeIfAbsent(origin, o -> new ArrayList<>()).add(audit);
    findings.put(audit.id(), found);
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
    return metrics;
  }

  @Override
  public OpenCases cases() {
    return this;
  }

  @Override
  public AuditHistory audits() {
    return this;
  }

  @Override
  public List<ComplaintCase> openComplaints(String brand, int limit) {
    return cases.stream()
        .filter(c -> c.brand().equals(brand) && !c.isQuestion())
        .limit(limit)
        .toList();
  }

  @Override
  public long countOpen(String brand) {
    return cases.stream().filter(c -> c.brand().equals(brand)).count();
  }

  @Override
  public long countOpenQuestions(String brand) {
    return cases.stream().filter(c -> c.brand().equals(brand) && c.isQuestion()).count();
  }

  @Override
  public Map<String, ReplyTimes> replyTimes(Instant from, Instant to, Duration sla) {
    return replyTimes;
  }

  @Override
  public List<Audit> timeline(String origin) {
    return audits.getOrDefault(origin, List.of());
  }

  @Override
  public List<Finding> findings(long auditId) {
    return findings.getOrDefault(auditId, List.of());
  }

  @Override
  public void close() throws StoreException {
    posts.close();
  }
}
