package org.brandpulse.ingest.metrics.accesslog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 lines of a byte stream, each at most {@code maxChars} characters: a longer line is consumed
 * to its end without being kept, and {@link #tooLong()} says so (an unbounded {@code readLine} of a
 * gzip of zeros runs out of memory). Lines end at {@code \n}; a {@code \r} before it is dropped.
 * Bytes that are not valid UTF-8 are replaced, as a decoding {@code Reader} does.
 *
 * <p>Lines are split on bytes ({@code \n} is never part of a multi-byte character) and a line of
 * ASCII bytes, nearly every line of a log, becomes a string by a plain copy: decoding the whole
 * stream into characters and copying them back into compact strings took most of the reading
 * thread's time.
 */
final class BoundedLines {

  private final InputStream in;
  private final int maxChars;
  // a line of more bytes than this is longer than maxChars characters whatever it holds
  private final int maxBytes;
  private final byte[] buf = new byte[1 << 16];
  private byte[] line = new byte[512];
  private int length;
  private int pos;
  private int limit;
  private boolean tooLong;
  private long tooLongLength;
  private boolean ascii;

  BoundedLines(InputStream in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
    this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 16L, 3L * maxChars);
  }

  /** The next line (empty for a too-long one), or null at the end. */
  String next() throws IOException {
    length = 0;
    ascii = false;
    tooLong = false;
    tooLongLength = 0;
    boolean any = false;
    int high = 0;
    while (true) {
      if (pos >= limit) {
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? finish(high) : null;
        }
      }
      any = true;
      int start = pos;
      byte[] b = buf;
      int end = limit;
      int p = pos;
      while (p < end) {
        byte c = b[p];
        if (c == '\n') {
          break;
        }
        high |= c;
        p++;
      }
      pos = p;
      int n = pos - start;
      if (tooLong) {
        tooLongLength += chars(buf, start, n);
      } else if (length + n > maxBytes) {
        tooLong = true;
        tooLongLength = chars(line, 0, length) + chars(buf, start, n);
        length = 0;
      } else {
        append(start, n);
      }
      if (pos < limit) {
        pos++;
        return finish(high);
      }
    }
  }

  /**
   * The bytes of the line {@link #next()} returned when it is all ASCII (its characters, index for
   * index, valid until the next call), else null.
   */
  byte[] asciiBytes() {
    return ascii ? line : null;
  }

  /** Whether the line {@link #next()} returned was longer than the bound (and so not kept). */
  boolean tooLong() {
    return tooLong;
  }

  /** The length of the last too-long line, in characters. */
  long tooLongLength() {
    return tooLongLength;
  }

  private void append(int start, int n) {
    if (length + n > line.length) {
      line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + n));
    }
    System.arraycopy(buf, start, line, length, n);
    length += n;
  }

  private String finish(int high) {
    if (tooLong) {
      return "";
    }
    // the bound counts the \r, as it did when lines were read as characters
    if (high >= 0) {
      if (length > maxChars) {
        return tooLong(length);
      }
      int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
      ascii = true;
      return new String(line, 0, end, StandardCharsets.ISO_8859_1);
    }
    String text = new String(line, 0, length, StandardCharsets.UTF_8);
    if (text.length() > maxChars) {
      return tooLong(text.length());
    }
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  private String tooLong(long chars) {
    tooLong = true;
    tooLongLength = chars;
    length = 0;
    return "";
  }

  /** UTF-16 characters of UTF-8 bytes: one per byte that starts a character, two for 4 bytes. */
  private static long chars(byte[] b, int from, int n) {
    long count = 0;
    for (int i = from; i < from + n; i++) {
      int c = b[i] & 0xff;
      if ((c & 0xc0) != 0x80) {
        count += c >= 0xf0 ? 2 : 1;
      }
    }
    return count;
  }
}
