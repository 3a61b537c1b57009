package org.brandpulse.ingest.metrics.searchconsole;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.brandpulse.ingest.metrics.ExportCsv;
import org.brandpulse.ingest.metrics.ExportCsv.BadValue;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;

/** Reads the CSV tables of one Performance export: a ZIP, or loose CSV files taken together. */
final class ExportReader {

  /** How many bad rows of one export are listed; the rest are counted in one last entry. */
  static final int MAX_SKIPPED = 100;

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern COMPACT_DATE = Pattern.compile("\\d{8}");

  /**
   * One table row.
   *
   * @param key the query, page, country or ISO day
   * @param position the average position, or null when the table has no Position column
   */
  record Row(String key, double clicks, double impressions, Double position) {}

  /**
   * What one export held.
   *
   * @param name the ZIP file, or the loose files' names
   * @param tables rows by table; a later table of the same kind replaces an earlier one
   * @param filters {@code Filters.csv} rows by normalised filter name ({@code date}, {@code search
   *     type}, ...)
   * @param skipped bad rows with {@code file:line} or {@code zip!entry:line}
   */
  record Export(
      String name,
      Map<TableKind, List<Row>> tables,
      Map<String, String> filters,
      List<SkippedRecord> skipped) {}

  private final String source;
  private final Map<TableKind, List<Row>> tables = new EnumMap<>(TableKind.class);
  private final Map<String, String> filters = new LinkedHashMap<>();
  private final List<SkippedRecord> skipped = new ArrayList<>();
  private int badRows;

  private ExportReader(String source) {
    this.source = source;
  }

  /** Reads every {@code .csv} entry of a Search Console ZIP export. */
  static Export readZip(String source, Path zip) throws SourceException {
    ExportReader reader = new ExportReader(source);
    String name = String.valueOf(zip.getFileName());
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
          try (InputStream in = file.getInputStream(entry)) {
            reader.table(name + "!" + entry.getName(), in);
          }
        }
      }
    } catch (ZipException e) {
      throw new SourceException(
          "Search Console export " + zip + " is not a readable ZIP (" + e.getMessage() + ")",
          false,
          e);
    } catch (IOException e) {
      throw new SourceException(
          "cannot read Search Console export " + zip + ": " + e.getMessage(), false, e);
    }
    if (reader.tables.isEmpty() && reader.filters.isEmpty()) {
      throw new SourceException(
          "Search Console export "
              + zip
              + " holds no CSV table: expected Queries.csv, Pages.csv,"
              + " Countries.csv, Dates.csv, Filters.csv",
          false);
    }
    return reader.export(name);
  }

  /** Reads loose CSV files as the tables of one export. */
  static Export readFiles(String source, List<Path> files) throws SourceException {
    ExportReader reader = new ExportReader(source);
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      names.add(String.valueOf(file.getFileName()));
      try (InputStream in = Files.newInputStream(file)) {
        reader.table(String.valueOf(file.getFileName()), in);
      } catch (IOException e) {
        throw new SourceException(
            "cannot read Search Console export " + file + ": " + e.getMessage(), false, e);
      }
    }
    return reader.export(String.join(", ", names));
  }

  private Export export(String name) {
    if (badRows > MAX_SKIPPED) {
      skipped.add(
          new SkippedRecord(
              source, name, (badRows - MAX_SKIPPED) + " more bad rows not listed", ""));
    }
    return new Export(name, tables, filters, skipped);
  }

  private void table(String name, InputStream stream) throws IOException, SourceException {
    BufferedReader in = ExportCsv.reader(stream);
    String header = in.readLine();
    int number = 1;
    while (header != null && header.isBlank()) {
      header = in.readLine();
      number++;
    }
    if (header == null) {
      throw new SourceException(
          "Search Console table " + name + " is empty: expected " + TableKind.EXPECTED, false);
    }
    Columns columns = Columns.of(name, header);
    List<Row> rows = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        List<String> cells = ExportCsv.fields(line);
        if (columns.kind() == TableKind.FILTERS) {
          filters.put(
              ExportCsv.normalize(cells.get(0)), cells.size() > 1 ? cells.get(1).strip() : "");
        } else {
          rows.add(row(columns, cells));
        }
      } catch (BadValue e) {
        badRows++;
        if (badRows <= MAX_SKIPPED) {
          skipped.add(new SkippedRecord(source, name + ":" + number, e.getMessage(), line));
        }
      }
    }
    if (columns.kind() != TableKind.FILTERS) {
      tables.put(columns.kind(), rows);
    }
  }

  private static Row row(Columns columns, List<String> cells) throws BadValue {
    if (cells.size() != columns.width()) {
      throw new BadValue(
          "expected " + columns.width() + " columns as in the header, found " + cells.size());
    }
    String key = cells.get(0).strip();
    if (key.isEmpty()) {
      throw new BadValue("empty " + columns.first() + " value");
    }
    if (columns.kind() == TableKind.DATES) {
      key = day(key).toString();
    }
    double clicks = ExportCsv.number("Clicks", cells.get(columns.clicks()));
    double impressions = ExportCsv.number("Impressions", cells.get(columns.impressions()));
    Double position =
        columns.position() < 0 ? null : ExportCsv.number("Position", cells.get(columns.position()));
    return new Row(key, clicks, impressions, position);
  }

  /** An ISO day as Search Console writes it ({@code 2026-01-31}); {@code 20260131} accepted. */
  static LocalDate day(String text) throws BadValue {
    try {
      if (ISO_DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
      if (COMPACT_DATE.matcher(text).matches()) {
        return LocalDate.parse(
            text.substring(0, 4) + "-" + text.substring(4, 6) + "-" + text.substring(6));
      }
    } catch (DateTimeException e) {
      throw new BadValue("date '" + text + "' does not exist");
    }
    throw new BadValue("date '" + text + "' is not a date (expected yyyy-MM-dd, e.g. 2026-01-31)");
  }
}
