package org.brandpulse.ingest.metrics.plausible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.ingest.http.Sleeper;
import org.brandpulse.ingest.testing.RecordingSleeper;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  /** A clock that only moves when the limiter sleeps or the test says so. */
  private static final class SteppingClock extends Clock implements Sleeper {
    private Instant now = Instant.parse("2026-03-04T06:00:00Z");
    private final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void aFullBudgetWaitsUntilTheOldestRequestLeavesTheWindow() throws Exception {
    SteppingClock clock = new SteppingClock();
    RateLimiter limiter = new RateLimiter(3, Duration.ofHours(1), clock, clock);

    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      waits.add(limiter.acquire());
    }

    Duration hour = Duration.ofHours(1);
    assertThat(waits)
        .containsExactly(
            Duration.ZERO, Duration.ZERO, Duration.ZERO, hour, Duration.ZERO, Duration.ZERO, hour);
    assertThat(clock.waits).containsExactly(hour, hour);
  }

  @Test
  void aStandingClockStillSpacesRequestsAWindowApart() throws Exception {
    RecordingSleeper sleeper = new RecordingSleeper();
    Clock fixed = Clock.fixed(Instant.parse("2026-03-04T06:00:00Z"), ZoneOffset.UTC);
    RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(10), fixed, sleeper);

    for (int i = 0; i < 6; i++) {
      limiter.acquire();
    }

    assertThat(sleeper.waits())
        .containsExactly(
            Duration.ofMinutes(10),
            Duration.ofMinutes(10),
            Duration.ofMinutes(20),
            Duration.ofMinutes(20));
  }

  @Test
  void aQuietSpellRestoresTheWholeBudget() throws Exception {
    SteppingClock clock = new SteppingClock();
    RateLimiter limiter = new RateLimiter(600, Duration.ofHours(1), clock, clock);
    for (int i = 0; i < 600; i++) {
      limiter.acquire();
    }
    assertThat(clock.waits).isEmpty();
    assertThat(limiter.acquire()).isEqualTo(Duration.ofHours(1));

    clock.sleep(Duration.ofHours(2));
    for (int i = 0; i < 600; i++) {
      assertThat(limiter.acquire()).isZero();
    }
  }

  @Test
  void rejectsAnEmptyBudget() {
    assertThatThrownBy(() -> new RateLimiter(0, Duration.ofHours(1), Clock.systemUTC(), d -> {}))
        .hasMessage("permits must be >= 1, was 0");
    assertThatThrownBy(() -> new RateLimiter(1, Duration.ZERO, Clock.systemUTC(), d -> {}))
        .hasMessage("period must be > 0, was PT0S");
  }
}
