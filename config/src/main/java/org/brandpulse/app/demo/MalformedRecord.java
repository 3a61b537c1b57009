package org.brandpulse.app.demo;

import java.util.Objects;

/**
 * A record the demo planted broken on purpose, for testing that sources skip and report it.
 *
 * @param file the file name, e.g. {@code social.jsonl}
 * @param line the 1-based line where the record starts
 * @param recordId the id the record carries (JSON id_str, CSV Mention ID, RSS guid)
 * @param problem what is wrong
 * @param detail the offending text or a short explanation
 */
public record MalformedRecord(
    String file, int line, String recordId, Problem problem, String detail) {

  /** The kinds of damage planted. */
  public enum Problem {
    /** A JSON line cut off in the middle of a string. */
    TRUNCATED_JSON,
    /** {@code created_at} that is no calendar date (e.g. the 31st of November). */
    INVALID_DATE,
    /** A JSON object with {@code text} instead of {@code full_text}. */
    MISSING_TEXT,
    /** A CSV Followers value like {@code 12.5K}. */
    NON_NUMERIC_FOLLOWERS,
    /** A CSV row with fewer columns than the header. */
    WRONG_COLUMN_COUNT,
    /** An RSS item with neither pubDate nor dc:date. */
    MISSING_DATE
  }

  public MalformedRecord {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(detail, "detail");
    if (line < 1) {
      throw new IllegalArgumentException(
          "line of a malformed record in " + file + " must be >= 1: " + line);
    }
  }
}
