package org.brandpulse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-11-26T09:30:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void anAccountIsLockedAfterFiveFailuresForALockThatDoubles() {
    HandClock clock = new HandClock();
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 1; i <= 4; i++) {
      assertThat(t.failed("Mina", "10.0.0.1")).isEqualTo(i);
      assertThat(t.wait("mina", "10.0.0.2")).isZero();
    }
    t.failed("mina", "10.0.0.1");
    assertThat(t.wait("MINA", "10.0.0.9"))
        .as("any address, any case")
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(t.wait("vera", "10.0.0.9")).isZero();
    clock.now = clock.now.plusSeconds(61);
    assertThat(t.wait("mina", "10.0.0.9")).isZero();
    t.failed("mina", "10.0.0.1");
    assertThat(t.wait("mina", "10.0.0.9")).isEqualTo(Duration.ofMinutes(2));
    clock.now = clock.now.plus(LoginThrottle.WINDOW).plusSeconds(1);
    assertThat(t.wait("mina", "10.0.0.9")).as("failures age out of the window").isZero();
  }

  @Test
  void anAddressIsLockedAfterTwentyFailuresOverAnyAccountsAndSuccessClearsTheAccount() {
    HandClock clock = new HandClock();
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < 20; i++) {
      t.failed("user" + i, "203.0.113.7");
    }
    assertThat(t.wait("someone-else", "203.0.113.7")).isPositive();
    assertThat(t.wait("someone-else", "203.0.113.8")).isZero();
    t.failed("adam", "198.51.100.1");
    t.succeeded("ADAM");
    for (int i = 0; i < 4; i++) {
      t.failed("adam", "198.51.100.1");
    }
    assertThat(t.wait("adam", "198.51.100.1")).as("the earlier failure was cleared").isZero();
    for (int i = 0; i < 1_000; i++) {
      t.failed("x", "198.51.100.2");
    }
    assertThat(t.wait("x", "198.51.100.2")).isEqualTo(LoginThrottle.MAX_LOCK);
  }
}
