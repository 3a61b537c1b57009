package org.brandpulse.ingest.metrics.accesslog;

/**
 * The strings a log repeats on many lines (client addresses, user agents, paths), one instance
 * each: a line's field is looked up by its characters, without copying them, in a direct-mapped
 * table (a collision just replaces the entry). The sessionizer then hashes and compares each
 * distinct agent once, not once per request, and far less is allocated per line. Not thread-safe:
 * one per reading thread.
 */
final class Strings {

  private static final int SLOTS = 1 << 14;

  private final String[] table = new String[SLOTS];

  /** {@code line.substring(start, end)}, or the equal string handed out before. */
  String of(String line, int start, int end) {
    int n = end - start;
    // the length and up to 16 characters spread over the value: a whole-value hash cost as much
    // as the copy it saves; values it confuses only replace each other in the table
    int h = n;
    int step = n <= 16 ? 1 : n / 16;
    for (int i = end - 1; i >= start; i -= step) {
      h = 31 * h + line.charAt(i);
    }
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    String s = table[slot];
    if (s != null && s.length() == n && line.regionMatches(start, s, 0, n)) {
      return s;
    }
    s = line.substring(start, end);
    table[slot] = s;
    return s;
  }

  /** {@code s}, or the equal string handed out before. */
  String of(String s) {
    int h = s.hashCode();
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    String known = table[slot];
    if (known != null && known.equals(s)) {
      return known;
    }
    table[slot] = s;
    return s;
  }
}
