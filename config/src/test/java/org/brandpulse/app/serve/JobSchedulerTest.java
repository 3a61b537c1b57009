package org.brandpulse.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

class JobSchedulerTest {

  private final ThreadPoolTaskScheduler tasks = new ThreadPoolTaskScheduler();
  private JdbcTemplate jdbc;

  @AfterEach
  void stop() {
    tasks.shutdown();
  }

  private JobScheduler scheduler(Map<String, String> schedules, ScheduledJob... jobs)
      throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(ds);
    JobLockTest.createTable(jdbc, "h2");
    tasks.setPoolSize(4);
    tasks.initialize();
    return new JobScheduler(
        List.of(jobs),
        new ServeSettings(null, null, schedules, null, null),
        new JobLock(jdbc, "test", Duration.ofSeconds(30), Clock.systemUTC()),
        tasks,
        new ServeMetrics(new SimpleMeterRegistry()),
        Clock.systemUTC());
  }

  @Test
  void firesEachJobOnItsCronAndLeavesSwitchedOffAndUnconfiguredJobsAlone() throws Exception {
    List<Instant> report = new CopyOnWriteArrayList<>();
    List<Instant> audit = new CopyOnWriteArrayList<>();
    List<Instant> metrics = new CopyOnWriteArrayList<>();
    JobScheduler s =
        scheduler(
            Map.of("report", "* * * * * *", "seoAudit", "-", "ingestMetrics", "* * * * * *"),
            new BuiltInJobs.Named("report", () -> true, report::add),
            new BuiltInJobs.Named("seoAudit", () -> true, audit::add),
            new BuiltInJobs.Named("ingestMetrics", () -> false, metrics::add));
    assertThat(s.schedule("report")).hasValue("* * * * * *");
    assertThat(s.schedule("seoAudit")).isEmpty();
    assertThat(s.schedule("ingestMetrics")).as("nothing configured").isEmpty();
    assertThat(s.schedule("ingestPosts")).as("no such job in this test").isEmpty();

    s.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (report.size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    s.stop();
    assertThat(report.size()).isGreaterThanOrEqualTo(2);
    assertThat(Duration.between(report.get(0), report.get(1)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(500));
    assertThat(audit).isEmpty();
    assertThat(metrics).isEmpty();
    assertThat(s.isRunning()).isFalse();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM JOB_LOCK", Integer.class)).isZero();
  }

  @Test
  void stopWaitsForTheRunInProgressAndItsLeaseRelease() throws Exception {
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean finished =
        new java.util.concurrent.atomic.AtomicBoolean();
    JobScheduler s =
        scheduler(
            Map.of(),
            new BuiltInJobs.Named(
                "ingestPosts",
                () -> true,
                at -> {
                  started.countDown();
                  Thread.sleep(800);
                  finished.set(true);
                }));
    s.start();
    Thread run = new Thread(() -> s.runNow("ingestPosts"));
    run.start();
    assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    s.stop();
    assertThat(finished).isTrue();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM JOB_LOCK", Integer.class)).isZero();
    run.join();
  }

  @Test
  void unknownAndDuplicateJobsAreErrorsThatNameThem() throws Exception {
    JobScheduler s = scheduler(Map.of(), new BuiltInJobs.Named("report", () -> true, at -> {}));
    assertThatThrownBy(() -> s.runNow("reprot"))
        .hasMessageContaining("no scheduled job 'reprot'")
        .hasMessageContaining("report");
    assertThatThrownBy(
            () ->
                new JobScheduler(
                    List.of(
                        new BuiltInJobs.Named("report", () -> true, at -> {}),
                        new BuiltInJobs.Named("report", () -> true, at -> {})),
                    ServeSettings.DEFAULTS,
                    null,
                    tasks,
                    null,
                    Clock.systemUTC()))
        .hasMessageContaining("two scheduled jobs are named 'report'");
  }
}
