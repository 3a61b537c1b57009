package org.brandpulse.app.settings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The start of an API source's window, as written in {@code brandpulse.yml} ({@code since:}) or
 * given to {@code brandpulse ingest --since}: a date, read as midnight UTC, or an ISO-8601 instant
 * with its offset.
 */
public final class SinceDate {

  /** What is accepted, for error messages. */
  public static final String EXPECTED =
      "a date like 2024-01-01 (midnight UTC) or an instant like 2024-01-01T06:00:00Z";

  private SinceDate() {}

  /**
   * The instant {@code text} names.
   *
   * @throws IllegalArgumentException naming the text and what is accepted
   */
  public static Instant parse(String text) {
    String value = text == null ? "" : text.strip();
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value, Instant::from);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + value + "' is not " + EXPECTED, e);
    }
  }
}
