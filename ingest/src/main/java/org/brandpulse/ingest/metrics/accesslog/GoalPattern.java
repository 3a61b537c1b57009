package org.brandpulse.ingest.metrics.accesslog;

import java.util.List;
import java.util.Objects;

/**
 * A goal URL pattern: a path where {@code *} matches any run of characters (including {@code /}),
 * e.g. {@code /order/*}{@code /thanks}. Matched against the path without the query string.
 */
record GoalPattern(String pattern, List<String> parts) {

  GoalPattern {
    Objects.requireNonNull(pattern, "pattern");
    parts = List.copyOf(parts);
  }

  static GoalPattern of(String pattern) {
    if (pattern.isBlank() || pattern.charAt(0) != '/' && pattern.charAt(0) != '*') {
      throw new IllegalArgumentException(
          "goal pattern '" + pattern + "': expected a path starting with '/' or '*'");
    }
    return new GoalPattern(pattern, List.of(pattern.split("\\*", -1)));
  }

  boolean matches(String path) {
    if (parts.size() == 1) {
      return path.equals(pattern);
    }
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    if (!path.startsWith(first) || path.length() < first.length() + last.length()) {
      return false;
    }
    int at = first.length();
    for (int i = 1; i < parts.size() - 1; i++) {
      int found = path.indexOf(parts.get(i), at);
      if (found < 0) {
        return false;
      }
      at = found + parts.get(i).length();
    }
    return path.length() - last.length() >= at && path.endsWith(last);
  }
}
