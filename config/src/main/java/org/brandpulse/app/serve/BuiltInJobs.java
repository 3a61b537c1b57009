package org.brandpulse.app.serve;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.brandpulse.app.audit.SeoAuditJob;
import org.brandpulse.app.complaints.AlertRun;
import org.brandpulse.app.complaints.ComplaintAlertsJob;
import org.brandpulse.app.ingest.IngestProgress;
import org.brandpulse.app.ingest.IngestResult;
import org.brandpulse.app.ingest.PostIngestion;
import org.brandpulse.app.metrics.IngestMetricsJob;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The jobs Brandpulse schedules out of the box, as {@link ScheduledJob}s over the services the CLI
 * commands use. A run whose batch status is not {@code COMPLETED} fails, so it is counted as a
 * failure and logged.
 */
public final class BuiltInJobs {

  private BuiltInJobs() {}

  /** The body of a job. */
  @FunctionalInterface
  interface Body {
    void run(Instant runAt) throws Exception;
  }

  /** A named job with a body. */
  record Named(String name, BooleanSupplier isConfigured, Body body) implements ScheduledJob {
    @Override
    public boolean configured() {
      return isConfigured.getAsBoolean();
    }

    @Override
    public void run(Instant runAt) throws Exception {
      body.run(runAt);
    }
  }

  /** {@code ingestPosts}: what is new from every source; counts posts and the analysis rate. */
  public static ScheduledJob ingestPosts(
      PostIngestion ingestion, BrandpulseSettings settings, ServeMetrics metrics) {
    return new Named(
        "ingestPosts",
        () -> !settings.sources().isEmpty(),
        runAt -> {
          long started = System.nanoTime();
          IngestResult result = ingestion.run(runAt, List.of(), IngestProgress.NONE);
          metrics.ingested(
              result.read(), result.stored(), Duration.ofNanos(System.nanoTime() - started));
          completed("ingestPosts", result.status());
        });
  }

  /** {@code complaintAlerts}: opens, plans and sends; counts the e-mails sent. */
  public static ScheduledJob complaintAlerts(ComplaintAlertsJob job, ServeMetrics metrics) {
    return new Named(
        "complaintAlerts",
        () -> true,
        runAt -> {
          AlertRun run = job.run(runAt);
          metrics.alertsSent(run.sent());
          completed("complaintAlerts", run.status());
        });
  }

  /** {@code ingestMetrics}: every site's traffic sources. */
  public static ScheduledJob ingestMetrics(IngestMetricsJob job, BrandpulseSettings settings) {
    return new Named(
        "ingestMetrics",
        () -> settings.sites().stream().anyMatch(s -> !s.sources().isEmpty()),
        runAt -> job.run(runAt, List.of()));
  }

  /** {@code seoAudit}: every configured site. */
  public static ScheduledJob seoAudit(SeoAuditJob job, BrandpulseSettings settings) {
    return new Named(
        "seoAudit",
        () -> !settings.audits().isEmpty(),
        runAt -> {
          JobExecution execution = job.run(runAt);
          completed("seoAudit", execution.getStatus().name());
        });
  }

  private static void completed(String job, String status) {
    if (!BatchStatus.COMPLETED.name().equals(status)) {
      throw new IllegalStateException(job + " ended " + status + ", expected COMPLETED");
    }
  }
}
