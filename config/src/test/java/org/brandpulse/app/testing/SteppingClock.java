package org.brandpulse.app.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test clock that starts at a fixed instant and moves on by a fixed step at every reading: dated
 * test data never depends on today, and two runs of a job in one test still get distinct run times
 * (a job instance is identified by its run time, as a user's runs are).
 */
public final class SteppingClock extends Clock {

  private final Instant start;
  private final long stepNanos;
  private final ZoneId zone;
  private final AtomicLong readings;

  private SteppingClock(Instant start, Duration step, ZoneId zone, AtomicLong readings) {
    this.start = start;
    this.stepNanos = step.toNanos();
    this.zone = zone;
    this.readings = readings;
  }

  /** Starts at {@code start} (UTC) and moves on by {@code step} at every reading. */
  public static SteppingClock startingAt(String start, Duration step) {
    return new SteppingClock(Instant.parse(start), step, ZoneOffset.UTC, new AtomicLong());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new SteppingClock(start, Duration.ofNanos(stepNanos), newZone, readings);
  }

  @Override
  public Instant instant() {
    return start.plusNanos(stepNanos * readings.getAndIncrement());
  }
}
