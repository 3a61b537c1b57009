package org.brandpulse.app.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs every {@link ScheduledJob} on its cron schedule from {@link ServeSettings#schedules()}. Each
 * firing first takes the job's lease in {@link JobLock}; an instance that cannot take it skips that
 * firing and logs it. While the job runs a heartbeat renews the lease every third of its length;
 * afterwards the lease is released. One job never overlaps itself in one instance either, since the
 * next firing is planned only when the previous run has ended.
 */
public class JobScheduler implements SmartLifecycle {

  /** How long {@link #stop} waits for runs in progress. */
  static final Duration STOP_WAIT = Duration.ofSeconds(60);

  private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

  private final Map<String, ScheduledJob> jobs = new LinkedHashMap<>();
  private final ServeSettings settings;
  private final JobLock lock;
  private final TaskScheduler scheduler;
  private final ServeMetrics metrics;
  private final Clock clock;
  private final List<ScheduledFuture<?>> planned = new ArrayList<>();
  private final AtomicInteger active = new AtomicInteger();
  private volatile boolean running;

  public JobScheduler(
      List<ScheduledJob> jobs,
      ServeSettings settings,
      JobLock lock,
      TaskScheduler scheduler,
      ServeMetrics metrics,
      Clock clock) {
    for (ScheduledJob job : jobs) {
      if (this.jobs.putIfAbsent(job.name(), job) != null) {
        throw new IllegalStateException("two scheduled jobs are named '" + job.name() + "'");
      }
    }
    this.settings = settings;
    this.lock = lock;
    this.scheduler = scheduler;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The jobs by name, in declaration order. */
  public Map<String, ScheduledJob> jobs() {
    return Map.copyOf(jobs);
  }

  /** The cron expression a job runs on, empty when it is not scheduled. */
  public Optional<String> schedule(String job) {
    String cron = settings.schedules().get(job);
    ScheduledJob j = jobs.get(job);
    return cron == null || cron.equals(ServeSettings.OFF) || j == null || !j.configured()
        ? Optional.empty()
        : Optional.of(cron);
  }

  @Override
  public synchronized void start() {
    settings
        .schedules()
        .keySet()
        .forEach(
            name -> {
              if (!jobs.containsKey(name)) {
                log.info("serve: no job '{}' in this build; its schedule is ignored", name);
              }
            });
    for (ScheduledJob job : jobs.values()) {
      Optional<String> cron = schedule(job.name());
      if (cron.isEmpty()) {
        log.info(
            "serve: job '{}' is not scheduled (switched off or nothing configured)", job.name());
        continue;
      }
      planned.add(scheduler.schedule(() -> runNow(job.name()), new CronTrigger(cron.get())));
      log.info("serve: job '{}' runs on '{}'", job.name(), cron.get());
    }
    running = true;
  }

  /**
   * Stops firing and waits up to {@link #STOP_WAIT} for runs in progress, before the context closes
   * the database they write to. A run still going after that is interrupted with the process; its
   * lease runs out and the job's own recovery resumes it next time.
   */
  @Override
  public synchronized void stop() {
    planned.forEach(f -> f.cancel(false));
    planned.clear();
    running = false;
    long deadline = System.nanoTime() + STOP_WAIT.toNanos();
    while (active.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (active.get() > 0) {
      log.warn("serve: stopping while {} job run(s) still go on", active.get());
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /**
   * Runs a job now unless another run holds its lock.
   *
   * @return true when it ran (successfully or not), false when the firing was skipped
   * @throws IllegalArgumentException when there is no such job
   */
  public boolean runNow(String name) {
    ScheduledJob job = jobs.get(name);
    if (job == null) {
      throw new IllegalArgumentException(
          "no scheduled job '" + name + "'; known: " + jobs.keySet());
    }
    if (!lock.tryAcquire(name)) {
      log.info("serve: skipped a run of '{}': another instance holds its lock", name);
      metrics.jobSkipped(name);
      return false;
    }
    Duration every = lock.lease().dividedBy(3);
    ScheduledFuture<?> heartbeat =
        scheduler.scheduleAtFixedRate(
            () -> {
              if (!lock.renew(name)) {
                log.warn("serve: lost the lock of '{}' while it runs", name);
              }
            },
            scheduler.getClock().instant().plus(every),
            every);
    long started = System.nanoTime();
    boolean success = false;
    active.incrementAndGet();
    try {
      job.run(clock.instant().truncatedTo(ChronoUnit.MILLIS));
      success = true;
    } catch (Exception e) {
      log.error("serve: job '{}' failed: {}", name, e.toString(), e);
    } finally {
      heartbeat.cancel(false);
      try {
        lock.release(name);
      } finally {
        metrics.jobFinished(name, Duration.ofNanos(System.nanoTime() - started), success);
        active.decrementAndGet();
      }
    }
    return true;
  }
}
