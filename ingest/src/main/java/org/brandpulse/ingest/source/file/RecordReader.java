package org.brandpulse.ingest.source.file;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads records from a file starting at a byte offset: one line each, or for CSV ({@code
 * quoteAware}) as many lines as a quoted field spans. Tracks byte offsets and line numbers, skips a
 * UTF-8 BOM at the start, and strips LF or CRLF.
 */
final class RecordReader implements Closeable {

  /** A record longer than this is skipped, not held in memory. */
  static final int MAX_RECORD_BYTES = 1 << 20;

  /**
   * One record.
   *
   * @param firstLine 1-based number of its first line
   * @param lines how many lines it spans
   * @param endOffset the byte offset just after it
   * @param text its text without the line ending (clipped when {@code tooLong})
   * @param complete false when the file ended before its newline
   * @param tooLong true when it exceeded {@link #MAX_RECORD_BYTES}
   */
  record RawRecord(
      long firstLine, int lines, long endOffset, String text, boolean complete, boolean tooLong) {}

  private final InputStream in;
  private final Charset charset;
  private final boolean quoteAware;
  private long offset;
  private long line;

  RecordReader(Path file, long offset, long line, Charset charset, boolean quoteAware)
      throws IOException {
    SeekableByteChannel channel = Files.newByteChannel(file);
    channel.position(offset);
    this.in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
    this.charset = charset;
    this.quoteAware = quoteAware;
    this.offset = offset;
    this.line = line;
    if (offset == 0) {
      skipBom();
    }
  }

  private void skipBom() throws IOException {
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (bom.length == 3
        && (bom[0] & 0xff) == 0xEF
        && (bom[1] & 0xff) == 0xBB
        && (bom[2] & 0xff) == 0xBF) {
      offset = 3;
    } else {
      in.reset();
    }
  }

  /** The next record, or null at the end of the file. */
  RawRecord next() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long start = offset;
    int lines = 1;
    boolean inQuotes = false;
    boolean tooLong = false;
    int b;
    while ((b = in.read()) >= 0) {
      offset++;
      if (b == '"' && quoteAware) {
        inQuotes = !inQuotes;
      }
      if (b == '\n') {
        if (!inQuotes) {
          line += lines;
          return new RawRecord(line - lines + 1, lines, offset, text(bytes, true), true, tooLong);
        }
        lines++;
      }
      if (bytes.size() < MAX_RECORD_BYTES) {
        bytes.write(b);
      } else {
        tooLong = true;
      }
    }
    if (offset == start) {
      return null;
    }
    return new RawRecord(line + 1, lines, offset, text(bytes, false), false, tooLong);
  }

  /** Lines consumed so far (the records returned complete). */
  long line() {
    return line;
  }

  private String text(ByteArrayOutputStream bytes, boolean endedWithNewline) {
    String s = bytes.toString(charset);
    if (endedWithNewline && s.endsWith("\r")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
