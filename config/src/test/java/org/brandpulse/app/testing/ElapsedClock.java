package org.brandpulse.app.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A test clock that starts at a fixed instant and moves on with the time elapsed since it was made
 * (measured with {@link System#nanoTime}, never the wall clock): for tests where real threads and
 * schedules run for a while, such as a soak test, yet dated data must not depend on today.
 */
public final class ElapsedClock extends Clock {

  private final Instant start;
  private final long origin;
  private final ZoneId zone;

  private ElapsedClock(Instant start, long origin, ZoneId zone) {
    this.start = start;
    this.origin = origin;
    this.zone = zone;
  }

  /** Reads {@code start} (UTC) now, and {@code start} plus the elapsed time later. */
  public static ElapsedClock startingAt(Instant start) {
    return new ElapsedClock(start, System.nanoTime(), ZoneOffset.UTC);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new ElapsedClock(start, origin, newZone);
  }

  @Override
  public Instant instant() {
    return start.plusNanos(System.nanoTime() - origin);
  }
}
