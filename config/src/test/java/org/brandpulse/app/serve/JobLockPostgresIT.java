package org.brandpulse.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.brandpulse.app.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The lease on a real PostgreSQL: two owners racing for one job never both hold it. */
class JobLockPostgresIT {

  @Test
  void twoOwnersOnPostgresNeverHoldTheSameLeaseAtOnce() throws Exception {
    try (PostgresServer pg = PostgresServer.start()) {
      DriverManagerDataSource ds = new DriverManagerDataSource(pg.jdbcUrl());
      ds.setUsername("brandpulse");
      JdbcTemplate jdbc = new JdbcTemplate(ds);
      JobLockTest.createTable(jdbc, "postgresql");
      AtomicInteger holding = new AtomicInteger();
      AtomicInteger maxHolding = new AtomicInteger();
      AtomicInteger taken = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> done = new ArrayList<>();
      for (String owner : List.of("east", "west", "পূর্ব", "غرب")) {
        JobLock lock = new JobLock(jdbc, owner, Duration.ofMinutes(2), Clock.systemUTC());
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 40; i++) {
                    if (lock.tryAcquire("ingestPosts")) {
                      maxHolding.accumulateAndGet(holding.incrementAndGet(), Math::max);
                      taken.incrementAndGet();
                      assertThat(lock.renew("ingestPosts")).isTrue();
                      holding.decrementAndGet();
                      lock.release("ingestPosts");
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      assertThat(maxHolding.get()).isEqualTo(1);
      assertThat(taken.get()).isPositive();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM JOB_LOCK", Integer.class)).isZero();
    }
  }
}
