/**
 * Posts from export files: {@link org.brandpulse.ingest.source.file.JsonlFileSource} (one JSON
 * object per line) and {@link org.brandpulse.ingest.source.file.CsvFileSource} (RFC 4180 with a
 * header row). A {@link org.brandpulse.ingest.source.file.FieldMapping} says which field feeds
 * which part of a post (presets {@code BRANDPULSE}, {@code TWITTER_V1_JSONL}, {@code
 * LISTENING_TOOL_CSV}); {@link org.brandpulse.ingest.source.file.FileSourceOptions} says which
 * files (explicit paths, or a glob within a directory), their charset and the page size.
 *
 * <p><b>Reading and the cursor.</b> Files are read in file-name order. The cursor records, per file
 * name, the bytes and lines consumed and a hash of the file's first KiB, so lines appended to a
 * file and new files are picked up and nothing is read twice; a file whose head changed was
 * replaced and is read from its start. A file that disappears is forgotten. A UTF-8 BOM is skipped,
 * CRLF and LF both end a line while a bare CR is content (it becomes a line break in the post
 * text), a quoted CSV field may span lines and keeps its CR, LF and CRLF, blank lines are ignored.
 * Line numbers count LFs; a record is located {@code file:line}, or {@code file:first-last} when it
 * spans lines.
 *
 * <p><b>An unbalanced CSV quote</b> (a quoted field still open after 1,000 lines or 1 MiB, or at
 * the end of a file that stopped growing, or a closing quote followed by something other than a
 * comma or the line end) costs one line: the line where the record began is skipped with the reason
 * "unbalanced quote: ..." and reading goes on at the next line, so the records after it are stored.
 * The cursor then stands just after the skipped line.
 *
 * <p><b>An unterminated last line</b> may still be being written, so it is not consumed: the page
 * ends before it and the cursor notes the file's size. When a later fetch finds the file at that
 * same size, the line is taken as complete and read; if the file grew, reading simply continues.
 * Exports that end without a final newline therefore yield their last record one run later.
 *
 * <p><b>Bad records</b> (invalid JSON, a missing id, text or date, a bad number or date, a wrong
 * column count) become {@link org.brandpulse.ingest.source.SkippedRecord}s located {@code
 * file:line}, with a reason naming the field and what was expected and the clipped record text. A
 * CSV file whose header lacks the id, text or date column is skipped as a whole ({@code file:1}).
 * Native {@code threadId}/{@code replyToId} values become post ids {@code <sourceKey>:<id>}.
 *
 * <p><b>Escaped text.</b> Twitter writes {@code &}, {@code <} and {@code >} in post text as HTML
 * entities. The mapping's {@link org.brandpulse.ingest.source.file.HtmlEntities} setting decodes
 * them once, as the text enters ({@code DECODE} for {@code TWITTER_V1_JSONL}, {@code
 * DECODE_IF_ESCAPED} for the other presets: only a text whose every {@code &} begins an entity and
 * that has no raw {@code <} or {@code >}). The text then stays plain data; escaping for HTML
 * happens where a report renders it.
 */
package org.brandpulse.ingest.source.file;
