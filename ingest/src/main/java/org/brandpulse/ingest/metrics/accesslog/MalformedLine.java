package org.brandpulse.ingest.metrics.accesslog;

import java.util.Objects;

/**
 * A log line that did not match the format; reported and skipped, never fatal.
 *
 * @param file file name the line came from
 * @param line 1-based line number
 * @param text the offending line, clipped to {@value #MAX_TEXT} characters
 * @param expected what the parser expected at the failing position
 */
public record MalformedLine(String file, long line, String text, String expected) {

  /** Longest stored offending text. */
  public static final int MAX_TEXT = 120;

  /** Validates and clips the text. */
  public MalformedLine {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(expected, "expected");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT) + "…";
    }
  }

  @Override
  public String toString() {
    return file + ":" + line + ": expected " + expected + " in '" + text + "'";
  }
}
