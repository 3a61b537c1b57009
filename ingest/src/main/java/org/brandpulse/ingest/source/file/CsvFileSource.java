package org.brandpulse.ingest.source.file;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brandpulse.ingest.source.PostSource;

/**
 * Reads posts from CSV files (RFC 4180, a header row naming the columns, quoted fields may span
 * lines). Columns are found by the header names a {@link FieldMapping} gives (ignoring case and
 * surrounding blanks). A file whose header lacks the id, text or date column is skipped whole.
 */
public final class CsvFileSource extends FileSourceBase implements PostSource {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

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
    RecordReader.RawRecord header;
    try (RecordReader reader = new RecordReader(file, 0, 0, options.charset(), true)) {
      header = reader.next();
    }
    if (header == null || !header.complete()) {
      return null;
    }
    List<String> names = fields(header.text());
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
        text -> {
          List<String> values = fields(text);
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
    return new Opened(parser, header.endOffset(), header.firstLine() + header.lines() - 1);
  }

  private static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }

  /** The fields of one CSV record. */
  private static List<String> fields(String text) throws BadRecordException {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return List.of();
      }
      CSVRecord record = records.next();
      if (records.hasNext()) {
        throw new BadRecordException("malformed CSV: more than one record on the line");
      }
      return record.toList();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new BadRecordException(
          "malformed CSV (" + e.getMessage() + "), expected RFC 4180 quoting");
    }
  }
}
