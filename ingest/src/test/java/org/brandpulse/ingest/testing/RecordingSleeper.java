package org.brandpulse.ingest.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.ingest.http.Sleeper;

/** A {@link Sleeper} that returns at once and remembers every wait it was asked for. */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> waits = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
  }

  /** The waits asked for so far, in order. */
  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** The sum of all waits. */
  public synchronized Duration total() {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
