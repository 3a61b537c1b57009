package org.brandpulse.ingest.metrics.ga4;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.ExportCsv;
import org.brandpulse.ingest.metrics.ExportCsv.BadValue;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.ga4.Ga4Layout.DateForm;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;

/** Reads one GA4 CSV export: its comment header, then each table (a header row and its rows). */
final class Ga4FileReader {

  /** How many bad rows of one file are listed; the rest are counted in one last entry. */
  static final int MAX_SKIPPED = 100;

  private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,5}");
  private static final Pattern COMPACT_DATE = Pattern.compile("\\d{8}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> TOTAL_LABELS = Set.of("grand total", "total", "totals");

  /**
   * What one file held.
   *
   * @param from the {@code # Start date}, else the first dated row; null when either end is unknown
   * @param to the {@code # End date}, else the last dated row; null when either end is unknown
   * @param values the values, later tables replacing earlier ones for the same key
   * @param skipped bad rows and unusable tables
   */
  record Ga4File(
      LocalDate from, LocalDate to, Map<ValueKey, Double> values, List<SkippedRecord> skipped) {}

  private final String source;
  private final Path file;
  private final String name;
  private final Map<ValueKey, Double> values = new HashMap<>();
  private final List<SkippedRecord> skipped = new ArrayList<>();
  private final List<String> headers = new ArrayList<>();
  private Map<ValueKey, Double> table = new HashMap<>();
  private Ga4Layout layout;
  private int width;
  private int badRows;
  private LocalDate start;
  private LocalDate end;
  private LocalDate first;
  private LocalDate last;

  private Ga4FileReader(String source, Path file) {
    this.source = source;
    this.file = file;
    this.name = String.valueOf(file.getFileName());
  }

  /** Reads a file; bad rows are skipped, a file without any usable table throws. */
  static Ga4File read(String source, Path file) throws SourceException {
    return new Ga4FileReader(source, file).read();
  }

  private Ga4File read() throws SourceException {
    boolean boundary = true;
    boolean tables = false;
    int number = 0;
    try (BufferedReader in = ExportCsv.reader(Files.newInputStream(file))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          comment(line);
          boundary = true;
          flush();
        } else if (boundary) {
          boundary = false;
          tables |= header(number, line);
        } else if (layout != null) {
          row(number, line);
        }
      }
    } catch (IOException e) {
      throw new SourceException("cannot read GA4 export " + file + ": " + e.getMessage(), false, e);
    }
    flush();
    if (number == 0 || (headers.isEmpty() && start == null)) {
      throw new SourceException(
          "GA4 export "
              + file
              + " is empty: expected '# Start date' comments and a table with "
              + Ga4Layout.EXPECTED,
          false);
    }
    if (!tables) {
      throw new SourceException(
          "GA4 export "
              + file
              + " has no table this source can read: found headers "
              + SkippedRecord.clip(String.valueOf(headers))
              + ", expected "
              + Ga4Layout.EXPECTED,
          false);
    }
    if (badRows > MAX_SKIPPED) {
      skip(name, (badRows - MAX_SKIPPED) + " more bad rows not listed", "");
    }
    LocalDate from = start != null ? start : first;
    LocalDate to = end != null ? end : last;
    if (from == null || to == null) {
      return new Ga4File(null, null, values, skipped);
    }
    return new Ga4File(from, to, values, skipped);
  }

  private void comment(String line) throws SourceException {
    String text = line.replaceFirst("^#\\s*", "").strip();
    int colon = text.indexOf(':');
    if (colon < 0) {
      return;
    }
    String key = ExportCsv.normalize(text.substring(0, colon));
    if (key.equals("start date") || key.equals("end date")) {
      String value = text.substring(colon + 1).strip();
      try {
        LocalDate day = date(value);
        if (key.equals("start date")) {
          start = day;
        } else {
          end = day;
        }
      } catch (BadValue e) {
        throw new SourceException(
            "GA4 export " + file + ": '" + SkippedRecord.clip(line) + "' " + e.getMessage(), false);
      }
    }
  }

  private boolean header(int number, String line) {
    List<String> names;
    try {
      names = ExportCsv.fields(line);
    } catch (BadValue e) {
      names = List.of(line);
    }
    headers.add(String.join(",", names));
    layout = Ga4Layout.of(names);
    width = names.size();
    String problem = null;
    if (layout == null) {
      problem = "table header not recognised: expected " + Ga4Layout.EXPECTED;
    } else if (layout.dateForm() == DateForm.NTH_DAY && start == null) {
      problem = "an 'Nth day' table needs a '# Start date' comment before it";
    } else if (layout.dateForm() == DateForm.DAY_OF_MONTH
        && (start == null || end == null || !YearMonth.from(start).equals(YearMonth.from(end)))) {
      problem = "a 'Day' (day of month) table needs '# Start date' and '# End date' in one month";
    }
    if (problem != null) {
      layout = null;
      skip(name + ":" + number, problem + "; its rows are ignored", line);
      return false;
    }
    return true;
  }

  private void row(int number, String line) {
    try {
      List<String> cells = ExportCsv.fields(line);
      if (cells.size() != width) {
        throw new BadValue(
            "expected " + width + " columns as in the table header, found " + cells.size());
      }
      String dateCell = cells.get(layout.dateColumn()).strip();
      List<Map.Entry<Dimension, String>> keys = new ArrayList<>();
      boolean blank = dateCell.isEmpty();
      boolean total = TOTAL_LABELS.contains(dateCell.toLowerCase(Locale.ROOT));
      for (Map.Entry<Integer, Dimension> d : layout.dimensions().entrySet()) {
        String key = cells.get(d.getKey()).strip();
        blank &= key.isEmpty();
        total |= TOTAL_LABELS.contains(key.toLowerCase(Locale.ROOT));
        keys.add(Map.entry(d.getValue(), key.isEmpty() ? "(not set)" : key));
      }
      if (total || blank) {
        return;
      }
      if (keys.isEmpty()) {
        keys.add(Map.entry(Dimension.TOTAL, ""));
      }
      LocalDate day = day(dateCell);
      Map<Metric, Double> metrics = layout.metrics(cells);
      for (Map.Entry<Dimension, String> k : keys) {
        if (k.getKey() == Dimension.GOAL && metrics.getOrDefault(Metric.CONVERSIONS, 0.0) == 0) {
          continue;
        }
        for (Map.Entry<Metric, Double> m : metrics.entrySet()) {
          table.merge(
              ValueKey.of(day, k.getKey(), k.getValue(), m.getKey()), m.getValue(), Double::sum);
        }
      }
      first = first == null || day.isBefore(first) ? day : first;
      last = last == null || day.isAfter(last) ? day : last;
    } catch (BadValue e) {
      badRows++;
      if (badRows <= MAX_SKIPPED) {
        skip(name + ":" + number, e.getMessage(), line);
      }
    }
  }

  private LocalDate day(String cell) throws BadValue {
    LocalDate day;
    if (layout.dateForm() == DateForm.DATE) {
      day = date(cell);
    } else {
      if (!DAY_NUMBER.matcher(cell).matches()) {
        throw new BadValue("day '" + cell + "' is not a number (expected e.g. 0007)");
      }
      int n = Integer.parseInt(cell);
      if (layout.dateForm() == DateForm.NTH_DAY) {
        day = start.plusDays(n);
      } else if (n < 1 || n > start.lengthOfMonth()) {
        throw new BadValue("day of month '" + cell + "' is not in " + YearMonth.from(start));
      } else {
        day = start.withDayOfMonth(n);
      }
    }
    if ((start != null && day.isBefore(start)) || (end != null && day.isAfter(end))) {
      throw new BadValue("date " + day + " lies outside the export's range " + start + ".." + end);
    }
    return day;
  }

  /** {@code 20260131} as GA4 writes it, or ISO {@code 2026-01-31}. */
  static LocalDate date(String text) throws BadValue {
    String s = text.strip();
    try {
      if (COMPACT_DATE.matcher(s).matches()) {
        return LocalDate.of(
            Integer.parseInt(s.substring(0, 4)),
            Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6, 8)));
      }
      if (ISO_DATE.matcher(s).matches()) {
        return LocalDate.parse(s);
      }
    } catch (DateTimeException e) {
      throw new BadValue("date '" + s + "' does not exist (" + e.getMessage() + ")");
    }
    throw new BadValue("date '" + s + "' is not a date (expected yyyyMMdd, e.g. 20260131)");
  }

  private void flush() {
    values.putAll(table);
    table = new HashMap<>();
    layout = null;
  }

  private void skip(String location, String reason, String text) {
    skipped.add(new SkippedRecord(source, location, reason, text));
  }
}
