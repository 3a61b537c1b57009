package org.brandpulse.app.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that happened in the demo world and shows in the data, for checking spike detection.
 *
 * @param name what happened, e.g. {@code sale-spike}
 * @param from first day (UTC)
 * @param to last day (UTC), inclusive
 * @param description one line for people
 */
public record DemoEvent(String name, LocalDate from, LocalDate to, String description) {
  public DemoEvent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(description, "description");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "event " + name + " ends " + to + " before it starts " + from);
    }
  }
}
