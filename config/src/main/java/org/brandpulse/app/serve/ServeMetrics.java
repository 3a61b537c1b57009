package org.brandpulse.app.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Brandpulse's own meters, exported at {@code /actuator/prometheus}:
 *
 * <ul>
 *   <li>{@code brandpulse.posts.ingested}: posts stored by scheduled ingest runs;
 *   <li>{@code brandpulse.alerts.sent}: complaint alert e-mails the mail server accepted;
 *   <li>{@code brandpulse.analysis.rate}: posts read and analysed per second in the last ingest
 *       run;
 *   <li>{@code brandpulse.job.duration} (tags {@code job}, {@code outcome}): every scheduled run;
 *   <li>{@code brandpulse.job.skipped} (tag {@code job}): firings skipped because another instance
 *       held the job's lock.
 * </ul>
 *
 * Spring Batch's own {@code spring.batch.job} and {@code spring.batch.step} timers come on top (see
 * {@link BatchObservations}).
 */
public class ServeMetrics {

  private final MeterRegistry registry;
  private final Counter postsIngested;
  private final Counter alertsSent;
  private final AtomicReference<Double> analysisRate = new AtomicReference<>(0.0);

  public ServeMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.postsIngested =
        Counter.builder("brandpulse.posts.ingested")
            .description("Posts stored by scheduled ingest runs")
            .register(registry);
    this.alertsSent =
        Counter.builder("brandpulse.alerts.sent")
            .description("Complaint alert e-mails accepted by the mail server")
            .register(registry);
    Gauge.builder("brandpulse.analysis.rate", analysisRate, AtomicReference::get)
        .description("Posts read and analysed per second in the last ingest run")
        .baseUnit("posts_per_second")
        .register(registry);
  }

  /** An ingest run read {@code read} posts in {@code took} and stored {@code stored}. */
  public void ingested(long read, long stored, Duration took) {
    postsIngested.increment(stored);
    double seconds = Math.max(took.toNanos(), 1) / 1e9;
    analysisRate.set(read / seconds);
  }

  /** A complaint alerts run sent this many e-mails. */
  public void alertsSent(long sent) {
    alertsSent.increment(sent);
  }

  /** A scheduled run ended. */
  public void jobFinished(String job, Duration took, boolean success) {
    Timer.builder("brandpulse.job.duration")
        .description("Scheduled job runs")
        .tag("job", job)
        .tag("outcome", success ? "success" : "failure")
        .register(registry)
        .record(took);
  }

  /** A firing was skipped because another instance held the lock. */
  public void jobSkipped(String job) {
    Counter.builder("brandpulse.job.skipped")
        .description("Firings skipped because another instance held the job's lock")
        .tag("job", job)
        .register(registry)
        .increment();
  }
}
