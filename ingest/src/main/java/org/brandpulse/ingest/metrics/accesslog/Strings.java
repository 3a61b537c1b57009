package org.brandpulse.ingest.metrics.accesslog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The strings a log repeats on many lines (client addresses, user agents, paths), one instance
 * each: a line's field is looked up by its bytes, without copying them, in a direct-mapped table (a
 * collision just replaces the entry). The sessionizer then hashes and compares each distinct agent
 * once, not once per request, and far less is allocated per line. Not thread-safe: one per reading
 * thread.
 */
final class Strings {

  private static final int SLOTS = 1 << 14;

  private final String[] strings = new String[SLOTS];
  private final byte[][] keys = new byte[SLOTS][];
  // the current line's bytes when it is ASCII (a character per byte), else null
  private byte[] bytes;

  /** Tells the bytes of the line parsed next, or null when it is not all ASCII. */
  void line(byte[] asciiBytes) {
    this.bytes = asciiBytes;
  }

  /** {@code line.substring(start, end)}, or the equal string handed out before. */
  String of(String line, int start, int end) {
    byte[] b = bytes;
    if (b == null) {
      return of(line.substring(start, end));
    }
    int n = end - start;
    // the length and up to 16 bytes spread over the value: a whole-value hash cost as much as
    // the copy it saves; values it confuses only replace each other in the table
    int h = n;
    int step = n <= 16 ? 1 : n / 16;
    for (int i = end - 1; i >= start; i -= step) {
      h = 31 * h + b[i];
    }
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    byte[] key = keys[slot];
    if (key != null && Arrays.equals(key, 0, key.length, b, start, end)) {
      return strings[slot];
    }
    String s = new String(b, start, n, StandardCharsets.ISO_8859_1);
    keys[slot] = Arrays.copyOfRange(b, start, end);
    strings[slot] = s;
    return s;
  }

  /** {@code s}, or the equal string handed out before. */
  String of(String s) {
    int h = s.hashCode();
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    String known = strings[slot];
    if (known != null && known.equals(s)) {
      return known;
    }
    strings[slot] = s;
    keys[slot] = null;
    return s;
  }
}
