package org.brandpulse.ingest.source.file;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes, fields and lines of the record {@link RecordReader} is reading. Holds at most {@link
 * RecordReader#MAX_RECORD_BYTES} of text; past that the record is {@link
 * RawRecord.Status#TOO_LONG}.
 */
final class RecordBuffer {

  private static final int LF = '\n';
  private static final int CR = '\r';

  final long start;
  final long firstLine;
  private final Charset charset;
  private final Bytes text = new Bytes();
  private final Bytes field = new Bytes();
  private final List<String> fields = new ArrayList<>();
  private long newlines;
  private long firstLineEnd = -1;
  private int firstLineLength = -1;
  private boolean tooLong;

  /**
   * @param start the byte offset where the record starts
   * @param firstLine the number of its first line
   */
  RecordBuffer(long start, long firstLine, Charset charset) {
    this.start = start;
    this.firstLine = firstLine;
    this.charset = charset;
  }

  long lastLine() {
    return firstLine + newlines;
  }

  /** The byte offset after the record's first line, or -1 while still on it. */
  long firstLineEnd() {
    return firstLineEnd;
  }

  boolean full() {
    return text.size() >= RecordReader.MAX_RECORD_BYTES;
  }

  /** A byte of the record's text that is not field content (a quote, a comma). */
  void raw(int b) {
    if (full()) {
      tooLong = true;
    } else {
      text.write(b);
    }
  }

  /** A byte of field content. */
  void content(int b) {
    raw(b);
    if (!tooLong) {
      field.write(b);
    }
  }

  /** A line ending (LF or CRLF) inside the record, ending at byte offset {@code end}. */
  void newline(boolean crlf, long end) {
    if (firstLineEnd < 0) {
      firstLineEnd = end;
      firstLineLength = text.size();
    }
    if (crlf) {
      content(CR);
    }
    content(LF);
    newlines++;
  }

  void endField() {
    fields.add(field.toString(charset));
    field.reset();
  }

  /** The first line alone, given up on as {@link RawRecord.Status#UNBALANCED_QUOTE}. */
  RawRecord firstLineOnly(String problem) {
    byte[] bytes = text.toByteArray();
    int length = Math.min(firstLineLength, bytes.length);
    if (length > 0 && bytes[length - 1] == CR) {
      length--;
    }
    return new RawRecord(
        firstLine,
        firstLine,
        firstLineEnd,
        new String(bytes, 0, length, charset),
        List.of(),
        RawRecord.Status.UNBALANCED_QUOTE,
        problem);
  }

  /** The whole record, ending at byte offset {@code end}; fields only when {@code csv}. */
  RawRecord finish(long end, RawRecord.Status status, boolean csv) {
    endField();
    RawRecord.Status s =
        tooLong && status == RawRecord.Status.COMPLETE ? RawRecord.Status.TOO_LONG : status;
    List<String> values = csv && s != RawRecord.Status.TOO_LONG ? fields : List.of();
    return new RawRecord(firstLine, lastLine(), end, text.toString(charset), values, s, null);
  }

  /**
   * A growable byte array: the reader adds a record byte by byte, and {@code ByteArrayOutputStream}
   * takes a lock and a bounds check per byte (a tenth of an ingest run's CPU).
   */
  private static final class Bytes {
    private byte[] bytes = new byte[256];
    private int size;

    void write(int b) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      bytes[size++] = (byte) b;
    }

    int size() {
      return size;
    }

    void reset() {
      size = 0;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(bytes, size);
    }

    String toString(Charset charset) {
      return new String(bytes, 0, size, charset);
    }
  }
}
