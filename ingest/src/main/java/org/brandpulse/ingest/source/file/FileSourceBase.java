package org.brandpulse.ingest.source.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.source.file.FileCursor.FileState;

/**
 * The paging, cursor and file-tracking logic shared by the JSONL and CSV sources; a subclass only
 * says how to open a file and parse one record.
 */
abstract sealed class FileSourceBase implements PostSource permits JsonlFileSource, CsvFileSource {

  private static final int HEAD_BYTES = 1024;

  /** Parses one record. */
  @FunctionalInterface
  interface RecordParser {
    Post parse(RawRecord record) throws BadRecordException;
  }

  /**
   * A file ready to read.
   *
   * @param parser parses its records
   * @param dataOffset where records start (after a CSV header)
   * @param dataLine lines before the first record
   */
  record Opened(RecordParser parser, long dataOffset, long dataLine) {}

  final FileSourceOptions options;
  final PostMapper mapper;
  private final boolean csv;

  FileSourceBase(FileSourceOptions options, FieldMapping mapping, Clock clock, boolean csv) {
    this.options = Objects.requireNonNull(options, "options");
    this.mapper = new PostMapper(mapping, options.sourceKey(), Objects.requireNonNull(clock));
    this.csv = csv;
  }

  /**
   * Opens {@code file} for reading records; null when it cannot be read yet (a CSV header still
   * being written).
   *
   * @throws BadRecordException when the whole file is unusable (a CSV header without a required
   *     column); the file is then skipped up to its current end
   */
  abstract Opened open(Path file) throws IOException, BadRecordException;

  @Override
  public String name() {
    return options.name();
  }

  /** The source key posts carry ({@code file:<name>} unless configured). */
  public String sourceKey() {
    return options.sourceKey();
  }

  /** Local files: reading the next page early calls nobody. */
  @Override
  public boolean readsAhead() {
    return true;
  }

  @Override
  public SourcePage fetch(String cursor) throws SourceException {
    FileCursor before = FileCursor.decode(cursor, name());
    Page page = new Page();
    for (Path file : FileListing.list(options)) {
      try {
        readFile(file, before, page);
      } catch (IOException e) {
        throw new SourceException(
            "file source " + name() + ": cannot read " + file + ": " + e.getMessage(), true, e);
      }
    }
    return new SourcePage(
        page.posts, page.skipped, new FileCursor(page.states).encode(), !page.more);
  }

  /** What one fetch gathered so far. */
  private final class Page {
    final List<Post> posts = new ArrayList<>();
    final List<SkippedRecord> skipped = new ArrayList<>();
    final List<FileState> states = new ArrayList<>();
    boolean more;

    int budget() {
      return options.pageSize() - posts.size() - skipped.size();
    }
  }

  private void readFile(Path file, FileCursor before, Page page) throws IOException {
    String fileName = file.getFileName().toString();
    long size = Files.size(file);
    byte[] head = head(file);
    FileState prior = before.state(fileName).filter(s -> continues(s, size, head)).orElse(null);
    long offset = prior == null ? 0 : prior.offset();
    long line = prior == null ? 0 : prior.line();
    long pending = prior == null ? -1 : prior.pendingSize();
    if (size > offset && page.budget() <= 0) {
      page.more = true;
    }
    if (size <= offset || page.budget() <= 0) {
      if (prior != null) {
        page.states.add(prior);
      }
      return;
    }
    Opened opened;
    try {
      opened = open(file);
    } catch (BadRecordException e) {
      page.skipped.add(new SkippedRecord(name(), fileName + ":1", e.getMessage(), ""));
      page.states.add(state(fileName, size, line, head, -1));
      return;
    }
    if (opened == null) {
      return;
    }
    if (offset < opened.dataOffset()) {
      offset = opened.dataOffset();
      line = opened.dataLine();
    }
    boolean settled = pending == size;
    try (RecordReader reader =
        new RecordReader(file, offset, line, options.charset(), csv, settled)) {
      while (true) {
        if (page.budget() <= 0) {
          page.more |= offset < size;
          break;
        }
        RawRecord record = reader.next();
        if (record == null) {
          break;
        }
        if (record.status() == RawRecord.Status.PARTIAL) {
          pending = size; // a line still being written: read it once the file stays this size
          break;
        }
        offset = record.endOffset();
        line = record.lastLine();
        pending = -1;
        if (!record.text().isBlank()) {
          parse(fileName, record, opened.parser(), page);
        }
      }
    }
    page.states.add(state(fileName, offset, line, head, pending));
  }

  private void parse(String fileName, RawRecord record, RecordParser parser, Page page) {
    String location = record.location(fileName);
    String unreadable =
        switch (record.status()) {
          case TOO_LONG -> "record longer than " + RecordReader.MAX_RECORD_BYTES + " bytes";
          case UNBALANCED_QUOTE -> record.problem();
          case COMPLETE, PARTIAL -> null;
        };
    if (unreadable != null) {
      page.skipped.add(new SkippedRecord(name(), location, unreadable, record.text()));
      return;
    }
    try {
      page.posts.add(parser.parse(record));
    } catch (BadRecordException e) {
      page.skipped.add(new SkippedRecord(name(), location, e.getMessage(), record.text()));
    }
  }

  /** True when {@code state} describes the start of this file (not a replaced one). */
  private static boolean continues(FileState state, long size, byte[] head) {
    return size >= state.offset()
        && head.length >= state.headLength()
        && FileCursor.hash(head, state.headLength()).equals(state.headHash());
  }

  private static FileState state(String name, long offset, long line, byte[] head, long pending) {
    int headLength = (int) Math.min(HEAD_BYTES, Math.min(offset, head.length));
    return new FileState(
        name, offset, line, headLength, FileCursor.hash(head, headLength), pending);
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    }
  }
}
