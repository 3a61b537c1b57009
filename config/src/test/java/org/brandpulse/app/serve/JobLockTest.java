package org.brandpulse.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

class JobLockTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-29T03:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private JdbcTemplate jdbc;
  private final List<ThreadPoolTaskScheduler> schedulers = new ArrayList<>();

  @BeforeEach
  void database() throws IOException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(ds);
    createTable(jdbc, "h2");
  }

  @AfterEach
  void stop() {
    schedulers.forEach(ThreadPoolTaskScheduler::shutdown);
    jdbc.execute("SHUTDOWN");
  }

  /** Runs the V7 migration of a vendor folder. */
  static void createTable(JdbcTemplate jdbc, String vendor) throws IOException {
    try (InputStream in =
        JobLockTest.class.getResourceAsStream("/db/migration/" + vendor + "/V7__serve.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      jdbc.execute(sql.replaceAll("(?m)^--.*$", ""));
    }
  }

  @Test
  void onlyOneOwnerHoldsALeaseUntilItIsReleased() {
    ManualClock clock = new ManualClock();
    JobLock a = new JobLock(jdbc, "host-a:1:অ", Duration.ofMinutes(2), clock);
    JobLock b = new JobLock(jdbc, "host-b:2:ب", Duration.ofMinutes(2), clock);

    assertThat(a.tryAcquire("ingestPosts")).isTrue();
    assertThat(b.tryAcquire("ingestPosts")).isFalse();
    assertThat(a.tryAcquire("ingestPosts")).as("not re-entrant").isFalse();
    assertThat(b.tryAcquire("seoAudit")).as("another job is free").isTrue();
    assertThat(a.holders())
        .extracting(JobLock.Holder::name, JobLock.Holder::owner)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ingestPosts", "host-a:1:অ"),
            org.assertj.core.groups.Tuple.tuple("seoAudit", "host-b:2:ب"));

    b.release("ingestPosts");
    assertThat(b.tryAcquire("ingestPosts")).as("b cannot release a's lease").isFalse();
    a.release("ingestPosts");
    assertThat(b.tryAcquire("ingestPosts")).isTrue();
  }

  @Test
  void aLeaseThatIsNotRenewedRunsOutAndIsTakenOver() {
    ManualClock clock = new ManualClock();
    JobLock dead = new JobLock(jdbc, "dead", Duration.ofMinutes(2), clock);
    JobLock alive = new JobLock(jdbc, "alive", Duration.ofMinutes(2), clock);
    assertThat(dead.tryAcquire("complaintAlerts")).isTrue();

    clock.now = clock.now.plusSeconds(90);
    assertThat(alive.tryAcquire("complaintAlerts")).isFalse();

    clock.now = clock.now.plusSeconds(31);
    assertThat(alive.tryAcquire("complaintAlerts")).as("lease of 120 s ran out at 121 s").isTrue();
    assertThat(dead.renew("complaintAlerts")).as("the old owner lost it").isFalse();
    assertThat(alive.holders())
        .singleElement()
        .extracting(JobLock.Holder::owner)
        .isEqualTo("alive");
  }

  @Test
  void aHeartbeatKeepsTheLease() {
    ManualClock clock = new ManualClock();
    JobLock a = new JobLock(jdbc, "a", Duration.ofMinutes(2), clock);
    JobLock b = new JobLock(jdbc, "b", Duration.ofMinutes(2), clock);
    assertThat(a.tryAcquire("report")).isTrue();
    for (int i = 0; i < 5; i++) {
      clock.now = clock.now.plusSeconds(60);
      assertThat(a.renew("report")).isTrue();
      assertThat(b.tryAcquire("report")).isFalse();
    }
    assertThat(a.holders().get(0).heartbeat()).isEqualTo(clock.now);
    assertThat(a.holders().get(0).lockedUntil()).isEqualTo(clock.now.plusSeconds(120));
  }

  @Test
  void twoSchedulersOnOneDatabaseNeverRunTheSameJobAtOnce() throws Exception {
    AtomicInteger active = new AtomicInteger();
    AtomicInteger maxActive = new AtomicInteger();
    AtomicInteger runs = new AtomicInteger();
    ScheduledJob job =
        new BuiltInJobs.Named(
            "ingestPosts",
            () -> true,
            runAt -> {
              int now = active.incrementAndGet();
              maxActive.accumulateAndGet(now, Math::max);
              runs.incrementAndGet();
              Thread.sleep(3);
              active.decrementAndGet();
            });
    JobScheduler one = scheduler(job, "one");
    JobScheduler two = scheduler(job, "two");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> ran = new ArrayList<>();
    for (JobScheduler s : List.of(one, two, one, two)) {
      Callable<Integer> firing =
          () -> {
            int n = 0;
            for (int i = 0; i < 60; i++) {
              n += s.runNow("ingestPosts") ? 1 : 0;
            }
            return n;
          };
      ran.add(pool.submit(firing));
    }
    int total = 0;
    for (Future<Integer> f : ran) {
      total += f.get();
    }
    pool.shutdown();

    assertThat(maxActive.get()).isEqualTo(1);
    assertThat(total).isEqualTo(runs.get()).isPositive().isLessThan(240);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM JOB_LOCK", Integer.class))
        .as("every lease released")
        .isZero();
  }

  @Test
  void aFailingJobReleasesItsLeaseAndIsCountedAsAFailure() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ThreadPoolTaskScheduler tasks = tasks();
    JobLock lock = new JobLock(jdbc, "solo", Duration.ofMinutes(2), Clock.systemUTC());
    ScheduledJob failing =
        new BuiltInJobs.Named(
            "seoAudit",
            () -> true,
            runAt -> {
              throw new IllegalStateException("site 例え.jp unreachable");
            });
    JobScheduler s =
        new JobScheduler(
            List.of(failing),
            ServeSettings.DEFAULTS,
            lock,
            tasks,
            new ServeMetrics(meters),
            Clock.systemUTC());

    assertThat(s.runNow("seoAudit")).isTrue();
    assertThat(lock.holders()).isEmpty();
    assertThat(
            meters
                .get("brandpulse.job.duration")
                .tags("job", "seoAudit", "outcome", "failure")
                .timer()
                .count())
        .isEqualTo(1);
  }

  private JobScheduler scheduler(ScheduledJob job, String owner) {
    JobLock lock = new JobLock(jdbc, owner, Duration.ofMinutes(2), Clock.systemUTC());
    return new JobScheduler(
        List.of(job),
        ServeSettings.DEFAULTS,
        lock,
        tasks(),
        new ServeMetrics(new SimpleMeterRegistry()),
        Clock.systemUTC());
  }

  private ThreadPoolTaskScheduler tasks() {
    ThreadPoolTaskScheduler t = new ThreadPoolTaskScheduler();
    t.setPoolSize(2);
    t.initialize();
    schedulers.add(t);
    return t;
  }
}
