package org.brandpulse.app.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.reporting.alert.AlertComposer;
import org.brandpulse.reporting.complaints.NeedsReply;

/**
 * How the pages write times and stored codes for people; the templates reach it as {@code @fmt}.
 * Times are UTC to the minute and say so ({@code 2026-11-26 09:30 UTC}, as the alert e-mails write
 * them); codes such as {@code LATE_MISSING_DELIVERY} or {@code COMPLETED} become words. Unknown
 * codes are still readable (underscores become spaces), never hidden.
 */
public class WebFormat {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** A time for people: {@code 2026-11-26 09:30 UTC}; empty for null. */
  public String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  /** A time for a {@code <time datetime>} attribute: ISO-8601 in UTC, to the second. */
  public String iso(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
  }

  /** A zone for people: {@code UTC}, {@code UTC+06:00} for a fixed offset, else its region id. */
  public String zone(ZoneId zone) {
    ZoneId z = zone.normalized();
    if (z instanceof ZoneOffset offset) {
      return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }
    return zone.getId();
  }

  /** A complaint category in words, e.g. {@code Late or missing delivery}. */
  public String category(String code) {
    try {
      ComplaintCategory category = ComplaintCategory.valueOf(code);
      return NeedsReply.isQuestion(category)
          ? "Question or request (no complaint)"
          : capitalize(AlertComposer.label(category));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return label(code);
    }
  }

  /**
   * Any other stored code in words: a case state ({@code ESCALATED}), a severity ({@code HIGH},
   * {@code critical}), a batch status ({@code COMPLETED}), a granularity ({@code week}).
   */
  public String label(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return capitalize(code.strip().replace('_', ' ').toLowerCase(Locale.ROOT));
  }

  private static String capitalize(String words) {
    return words.isEmpty()
        ? words
        : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
