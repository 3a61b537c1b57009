package org.brandpulse.ingest.source.file;

import java.util.List;

/**
 * One record as {@link RecordReader} read it.
 *
 * @param firstLine 1-based number of its first line
 * @param lastLine number of its last line
 * @param endOffset the byte offset just after it
 * @param text its text without the line ending (clipped when too long)
 * @param fields its CSV fields; empty for JSON Lines and when not {@link Status#COMPLETE} or {@link
 *     Status#PARTIAL}
 * @param status how it ended
 * @param problem what was wrong when {@link Status#UNBALANCED_QUOTE}, else null
 */
record RawRecord(
    long firstLine,
    long lastLine,
    long endOffset,
    String text,
    List<String> fields,
    RawRecord.Status status,
    String problem) {

  /** How a record ended. */
  enum Status {
    /** At its line ending, or at the end of a file that stopped growing. */
    COMPLETE,
    /** The file ended first and may still be growing: the record may be incomplete. */
    PARTIAL,
    /**
     * Longer than {@link RecordReader#MAX_RECORD_BYTES}: text clipped, no fields, read to its end.
     */
    TOO_LONG,
    /** Its quotes do not pair up: only its first line was consumed, see {@code problem}. */
    UNBALANCED_QUOTE
  }

  RawRecord {
    fields = List.copyOf(fields);
  }

  /** {@code file:line}, or {@code file:first-last} for a record spanning lines. */
  String location(String fileName) {
    return fileName + ":" + (firstLine == lastLine ? "" + firstLine : firstLine + "-" + lastLine);
  }
}
