package org.brandpulse.ingest.source.file;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.ingest.source.PostSource;

/**
 * Reads posts from CSV files (RFC 4180 with a comma, a header row naming the columns, quoted fields
 * may span lines; see {@link RecordReader} for line endings and how an unbalanced quote is
 * skipped). Columns are found by the header names a {@link FieldMapping} gives (ignoring case and
 * surrounding blanks). A file whose header lacks the id, text or date column is skipped whole.
 */
public final class CsvFileSource extends FileSourceBase implements PostSource {

  private final FieldMapping mapping;

  /**
   * @param options which files and how to read them
   * @param mapping which header columns feed which post fields, e.g. {@link
   *     FieldMapping#LISTENING_TOOL_CSV}
   * @param clock stamps {@code fetchedAt}
   */
  public CsvFileSource(FileSourceOptions options, FieldMapping mapping, Clock clock) {
    super(options, mapping, clock, true);
    this.mapping = mapping;
  }

  @Override
  Opened open(Path file) throws IOException, BadRecordException {
    RawRecord header;
    try (RecordReader reader = new RecordReader(file, 0, 0, options.charset(), true, false)) {
      header = reader.next();
    }
    if (header == null || header.status() == RawRecord.Status.PARTIAL) {
      return null;
    }
    if (header.status() != RawRecord.Status.COMPLETE) {
      throw new BadRecordException(
          "unreadable header ("
              + (header.problem() == null ? header.status() : header.problem())
              + "), expected the column names");
    }
    List<String> names = header.fields();
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      columns.putIfAbsent(key(names.get(i)), i);
    }
    for (String required : List.of(mapping.id(), mapping.text(), mapping.createdAt())) {
      if (!columns.containsKey(key(required))) {
        throw new BadRecordException(
            "header has no column '"
                + required
                + "' (needed for id, text and date); found "
                + names);
      }
    }
    int width = names.size();
    RecordParser parser =
        record -> {
          List<String> values = record.fields();
          if (values.size() != width) {
            throw new BadRecordException(
                "expected " + width + " columns as in the header, found " + values.size());
          }
          return mapper.map(
              field -> {
                Integer i = columns.get(key(field));
                return i == null ? null : values.get(i);
              });
        };
    return new Opened(parser, header.endOffset(), header.lastLine());
  }

  private static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }
}
