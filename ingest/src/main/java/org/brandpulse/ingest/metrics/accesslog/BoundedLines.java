package org.brandpulse.ingest.metrics.accesslog;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a reader, each at most {@code maxChars} long: a longer line is consumed to its end
 * without being kept, and {@link #tooLong()} says so (an unbounded {@code readLine} of a gzip of
 * zeros runs out of memory). Lines end at {@code \n}; a {@code \r} before it is dropped.
 */
final class BoundedLines {

  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[1 << 16];
  private final StringBuilder line = new StringBuilder(256);
  private int pos;
  private int limit;
  private boolean tooLong;
  private long tooLongLength;

  BoundedLines(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line (empty for a too-long one), or null at the end. */
  String next() throws IOException {
    line.setLength(0);
    tooLong = false;
    tooLongLength = 0;
    boolean any = false;
    while (true) {
      if (pos >= limit) {
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? finish() : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (tooLong) {
        tooLongLength += n;
      } else if (line.length() + n > maxChars) {
        tooLong = true;
        tooLongLength = line.length() + (long) n;
        line.setLength(0);
      } else {
        line.append(buf, start, n);
      }
      if (pos < limit) {
        pos++;
        return finish();
      }
    }
  }

  /** Whether the line {@link #next()} returned was longer than the bound (and so not kept). */
  boolean tooLong() {
    return tooLong;
  }

  /** The length of the last too-long line, in characters. */
  long tooLongLength() {
    return tooLongLength;
  }

  private String finish() {
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    return line.toString();
  }
}
