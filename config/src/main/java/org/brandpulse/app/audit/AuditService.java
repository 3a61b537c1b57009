package org.brandpulse.app.audit;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.brandpulse.seoaudit.audit.AuditDiff;
import org.brandpulse.seoaudit.audit.AuditResult;
import org.brandpulse.seoaudit.audit.SiteAudit;
import org.brandpulse.seoaudit.checks.Thresholds;
import org.brandpulse.seoaudit.crawl.CrawlOptions;
import org.brandpulse.seoaudit.crawl.CrawlProgress;
import org.brandpulse.seoaudit.crawl.JdkHttpFetcher;
import org.brandpulse.seoaudit.report.AuditFiles;
import org.springframework.stereotype.Service;

/** Runs an audit, compares it with the site's previous one, writes its files and stores it. */
@Service
public class AuditService {

  /** What one audit produced. */
  public record Outcome(
      long runId, AuditResult result, AuditDiff diff, boolean hadPrevious, Path dir) {}

  private final AuditStore store;
  private final java.time.Clock clock;

  public AuditService(AuditStore store, java.time.Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Crawls, checks, compares with the latest stored run of the same site, writes and stores. */
  public Outcome audit(
      CrawlOptions options, Thresholds thresholds, Path outDir, Consumer<CrawlProgress> progress)
      throws IOException {
    AuditResult result;
    try (JdkHttpFetcher fetcher = new JdkHttpFetcher()) {
      result = SiteAudit.run(options, thresholds, fetcher, progress, clock);
    }
    Optional<AuditStore.Run> previous = store.latest(result.site());
    AuditDiff diff =
        AuditDiff.compare(
            previous.map(r -> store.findings(r.id())).orElse(java.util.List.of()),
            result.findings());
    AuditFiles.write(result, diff, outDir);
    long id = store.save(result, outDir.toAbsolutePath().toString());
    return new Outcome(id, result, diff, previous.isPresent(), outDir);
  }

  /** A folder name for a site's audit: host and time, safe on every file system. */
  public static String folderName(String startUrl, java.time.Instant at) {
    String host = URI.create(startUrl).getHost();
    String stamp = at.toString().replace(":", "").replace("-", "");
    return (host == null ? "site" : host.replaceAll("[^A-Za-z0-9.-]", "_")) + "-" + stamp;
  }
}
