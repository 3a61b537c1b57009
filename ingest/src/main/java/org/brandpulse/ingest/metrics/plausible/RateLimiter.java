package org.brandpulse.ingest.metrics.plausible;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import org.brandpulse.ingest.http.Sleeper;

/**
 * A client-side limit of at most {@code permits} requests in any window of length {@code period}.
 * It keeps the send times of the last {@code permits} requests (a sliding-window log): a request
 * within the budget goes at once, the next one waits until the oldest send leaves the window.
 *
 * <p>A plain token bucket of 600 refilled at 600 per hour would let 1,200 requests through in the
 * first hour; the log never does. Each {@link #acquire()} reserves its send time before it sleeps,
 * so waiting holds no lock and a clock that stands still (in tests) still gives exact waits.
 *
 * <p>Plausible allows 600 requests per hour per API key: share one limiter between all sources that
 * use the same key. Thread-safe.
 */
public final class RateLimiter {

  private final int permits;
  private final Duration period;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ArrayDeque<Instant> sends = new ArrayDeque<>();

  /**
   * @param permits requests allowed per {@code period}, {@code >= 1}
   * @param period the window, positive
   * @param clock reads the current time
   * @param sleeper waits for a free slot
   */
  public RateLimiter(int permits, Duration period, Clock clock, Sleeper sleeper) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be >= 1, was " + permits);
    }
    Objects.requireNonNull(period, "period");
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("period must be > 0, was " + period);
    }
    this.permits = permits;
    this.period = period;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** Plausible's limit: 600 requests per hour, real clock and sleep. */
  public static RateLimiter plausible() {
    return new RateLimiter(600, Duration.ofHours(1), Clock.systemUTC(), Sleeper.REAL);
  }

  /**
   * Waits until a request may be sent and takes its slot.
   *
   * @return how long it waited (zero within the budget)
   * @throws InterruptedException when interrupted while waiting (the slot stays taken)
   */
  public Duration acquire() throws InterruptedException {
    Duration wait = reserve();
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
    return wait;
  }

  private synchronized Duration reserve() {
    Instant now = clock.instant();
    Instant at = now;
    if (sends.size() >= permits) {
      Instant free = sends.removeFirst().plus(period);
      at = free.isAfter(now) ? free : now;
    }
    Instant last = sends.peekLast();
    if (last != null && last.isAfter(at)) {
      at = last;
    }
    sends.addLast(at);
    return Duration.between(now, at);
  }
}
