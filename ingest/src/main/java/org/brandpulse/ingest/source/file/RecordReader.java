package org.brandpulse.ingest.source.file;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads records from a file starting at a byte offset, tracking byte offsets and line numbers (a
 * line ends at LF; CRLF counts once) and skipping a UTF-8 BOM at the start of the file.
 *
 * <p>A record ends at an LF or CRLF; a bare CR is content (a tweet in the Kaggle support export
 * holds two in an unquoted field). Without {@code csv} (JSON Lines) a record is one line. With
 * {@code csv} it is an RFC 4180 record split into its fields: a quote opens a quoted field only at
 * the start of a field, {@code ""} inside it is a quote, and CR, LF and CRLF inside it are part of
 * the field.
 *
 * <p><b>Unbalanced quotes.</b> A quoted field still open after {@value #MAX_QUOTED_LINES} lines or
 * {@link #MAX_RECORD_BYTES} bytes, or at the end of a file that has stopped growing ({@code
 * settled}), or a closing quote followed by something other than a comma or the line end, means the
 * quotes do not pair up. The reader then gives up on that record: it returns the record's first
 * line as {@link RawRecord.Status#UNBALANCED_QUOTE} and goes on at the line after it, so one stray
 * quote costs one line, not the rest of the file.
 *
 * <p>Commons CSV is not used here because it ends a record at a bare CR, reads on to the end of the
 * input after an unclosed quote with no way to resynchronise, and cannot resume at a byte offset
 * with the line number known.
 */
final class RecordReader implements Closeable {

  /** A record longer than this is skipped, not held in memory. */
  static final int MAX_RECORD_BYTES = 1 << 20;

  /** A quoted field spanning more lines than this is taken as an unclosed quote. */
  static final int MAX_QUOTED_LINES = 1_000;

  private static final int LF = '\n';
  private static final int CR = '\r';
  private static final int QUOTE = '"';
  private static final int COMMA = ',';

  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  private final SeekableByteChannel channel;
  private final Charset charset;
  private final boolean csv;
  private final boolean settled;

  /** Read ahead of the records: a plain buffer, as a lock per byte was a sixth of reading. */
  private final byte[] buffer = new byte[64 * 1024];

  private final ByteBuffer window = ByteBuffer.wrap(buffer);
  private int next;
  private int end;
  private int pushedBack = -1;
  private long offset;
  private long line;

  /**
   * @param offset where to start (the start of a record)
   * @param line lines before {@code offset}
   * @param csv true for CSV records, false for JSON Lines
   * @param settled true when the file is known to have stopped growing, so a quote still open at
   *     its end will never close
   */
  RecordReader(Path file, long offset, long line, Charset charset, boolean csv, boolean settled)
      throws IOException {
    this.channel = Files.newByteChannel(file);
    this.charset = charset;
    this.csv = csv;
    this.settled = settled;
    position(offset);
    this.line = line;
    if (offset == 0) {
      skipBom();
    }
  }

  private void position(long to) throws IOException {
    channel.position(to);
    next = 0;
    end = 0;
    pushedBack = -1;
    offset = to;
  }

  private void skipBom() throws IOException {
    window.clear();
    while (window.position() < 3 && channel.read(window) > 0) {
      // a file channel blocks until it reads something or the file ends
    }
    next = 0;
    end = window.position();
    if (end >= 3
        && (buffer[0] & 0xff) == 0xEF
        && (buffer[1] & 0xff) == 0xBB
        && (buffer[2] & 0xff) == 0xBF) {
      next = 3;
      offset = 3;
    }
  }

  /** Refills the buffer; false at the end of the file. */
  private boolean fill() throws IOException {
    window.clear();
    int n = channel.read(window);
    if (n <= 0) {
      return false;
    }
    next = 0;
    end = n;
    return true;
  }

  /** The next record, or null at the end of the file. */
  RawRecord next() throws IOException {
    RecordBuffer record = new RecordBuffer(offset, line + 1, charset);
    State state = State.FIELD_START;
    long quoteLine = 0;
    int b;
    while ((b = read()) >= 0) {
      boolean lineEnd = b == LF;
      if (b == CR) {
        int after = read();
        lineEnd = after == LF;
        unread(lineEnd ? -1 : after);
      }
      if (lineEnd && state != State.QUOTED) {
        line = record.lastLine();
        return record.finish(offset, RawRecord.Status.COMPLETE, csv);
      }
      if (lineEnd) {
        record.newline(b == CR, offset);
        if (record.lastLine() - record.firstLine >= MAX_QUOTED_LINES) {
          return unbalanced(
              record, "is still open after " + MAX_QUOTED_LINES + " lines", quoteLine);
        }
        continue;
      }
      if (!csv) {
        record.content(b);
        continue;
      }
      switch (state) {
        case FIELD_START, UNQUOTED -> {
          if (b == COMMA) {
            record.raw(b);
            record.endField();
            state = State.FIELD_START;
          } else if (b == QUOTE && state == State.FIELD_START) {
            state = State.QUOTED;
            quoteLine = record.lastLine();
            record.raw(b);
          } else {
            record.content(b);
            state = State.UNQUOTED;
          }
        }
        case QUOTED -> {
          if (b == QUOTE) {
            state = State.QUOTE_IN_QUOTED;
            record.raw(b);
          } else {
            record.content(b);
          }
        }
        case QUOTE_IN_QUOTED -> {
          if (b == QUOTE) {
            record.content(b);
            state = State.QUOTED;
          } else if (b == COMMA) {
            record.raw(b);
            record.endField();
            state = State.FIELD_START;
          } else {
            return unbalanced(
                record,
                "closes on line " + record.lastLine() + " before " + describe(b),
                quoteLine);
          }
        }
      }
      if (state == State.QUOTED && record.full()) {
        return unbalanced(record, "is still open after " + MAX_RECORD_BYTES + " bytes", quoteLine);
      }
    }
    if (offset == record.start) {
      return null;
    }
    if (state == State.QUOTED && settled) {
      return unbalanced(record, "is still open at the end of the file", quoteLine);
    }
    line = record.lastLine();
    // a file that stopped growing ends its last record; otherwise it may still be being written
    return record.finish(
        offset, settled ? RawRecord.Status.COMPLETE : RawRecord.Status.PARTIAL, csv);
  }

  /**
   * Gives up on the record being scanned: returns its first line as {@link
   * RawRecord.Status#UNBALANCED_QUOTE} and goes on at the line after it.
   */
  private RawRecord unbalanced(RecordBuffer record, String what, long quoteLine)
      throws IOException {
    if (record.firstLineEnd() < 0) {
      int b;
      while ((b = read()) >= 0 && b != LF) {
        record.raw(b);
      }
      record.newline(false, offset);
    }
    position(record.firstLineEnd());
    line = record.firstLine;
    String problem =
        "unbalanced quote: the quoted field opened on line "
            + quoteLine
            + " "
            + what
            + "; expected a closing quote, then a comma or the end of the line"
            + " (a quote inside a quoted field is written \"\"); skipped line "
            + record.firstLine
            + " and read on from line "
            + (record.firstLine + 1);
    return record.firstLineOnly(problem);
  }

  private static String describe(int b) {
    if (b == CR) {
      return "a bare CR";
    }
    return b > ' ' && b < 0x7f ? "'" + (char) b + "'" : String.format("byte 0x%02X", b);
  }

  private int read() throws IOException {
    int b;
    if (pushedBack >= 0) {
      b = pushedBack;
      pushedBack = -1;
    } else if (next < end || fill()) {
      b = buffer[next++] & 0xff;
    } else {
      return -1;
    }
    offset++;
    return b;
  }

  private void unread(int b) {
    if (b >= 0) {
      pushedBack = b;
      offset--;
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
