package org.brandpulse.seoaudit.robots;

import java.util.Objects;

/**
 * Something wrong in a robots.txt file, for the {@code robots-txt-invalid} check.
 *
 * @param line 1-based line number, 0 for the file as a whole
 * @param text the offending line, clipped to 120 characters ("" for the file as a whole)
 * @param message what is wrong and what was expected
 */
public record RobotsProblem(int line, String text, String message) {

  /** Validates. */
  public RobotsProblem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, got " + line);
    }
    text = text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }

  @Override
  public String toString() {
    return (line == 0 ? "" : "line " + line + ": ")
        + message
        + (text.isEmpty() ? "" : " in '" + text + "'");
  }
}
