package org.brandpulse.ingest.metrics.searchconsole;

import java.util.List;
import org.brandpulse.ingest.metrics.ExportCsv;
import org.brandpulse.ingest.metrics.ExportCsv.BadValue;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;

/**
 * Where a table's measures are. CTR is not read: it is clicks / impressions and is derived when
 * needed.
 *
 * @param kind which table
 * @param first the first column's header as written
 * @param width the number of header columns
 * @param clicks index of {@code Clicks}
 * @param impressions index of {@code Impressions}
 * @param position index of {@code Position}, or -1
 */
record Columns(TableKind kind, String first, int width, int clicks, int impressions, int position) {

  /**
   * Reads a header row.
   *
   * @throws SourceException when it is not a Performance export table, naming what was found
   */
  static Columns of(String table, String header) throws SourceException {
    List<String> names;
    try {
      names = ExportCsv.fields(header);
    } catch (BadValue e) {
      names = List.of(header);
    }
    TableKind kind = names.isEmpty() ? null : TableKind.of(names.get(0));
    int clicks = -1;
    int impressions = -1;
    int position = -1;
    for (int i = 0; i < names.size(); i++) {
      switch (ExportCsv.normalize(names.get(i))) {
        case "clicks" -> clicks = i;
        case "impressions" -> impressions = i;
        case "position" -> position = i;
        default -> {}
      }
    }
    if (kind == null || (kind != TableKind.FILTERS && (clicks < 0 || impressions < 0))) {
      throw new SourceException(
          table
              + " is not a Search Console performance export table: found header "
              + SkippedRecord.clip(String.valueOf(names))
              + ", expected "
              + TableKind.EXPECTED,
          false);
    }
    return new Columns(kind, names.get(0), names.size(), clicks, impressions, position);
  }
}
