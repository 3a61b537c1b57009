package org.brandpulse.ingest.metrics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Line-level CSV helpers for analytics exports (GA4, Search Console). Each line is parsed on its
 * own so that a broken quote spoils one row, not the rest of the file (exports never put line
 * breaks inside fields).
 */
public final class ExportCsv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private ExportCsv() {}

  /** A cell or line that could not be read; the message says what was expected. */
  public static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    public BadValue(String message) {
      super(message);
    }
  }

  /** A UTF-8 reader that drops a leading byte-order mark and replaces malformed bytes. */
  public static BufferedReader reader(InputStream in) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)),
            1 << 16);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  /** The fields of one CSV line (RFC 4180 quoting). */
  public static List<String> fields(String line) throws BadValue {
    if (line.indexOf('"') < 0) {
      return Arrays.asList(line.split(",", -1));
    }
    try (CSVParser parser = CSVParser.parse(new StringReader(line), FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return List.of();
      }
      List<String> fields = records.next().toList();
      if (records.hasNext()) {
        throw new BadValue("malformed CSV: more than one record on the line");
      }
      return fields;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new BadValue("malformed CSV, expected RFC 4180 quoting (" + e.getMessage() + ")");
    }
  }

  /** A header name reduced for matching: trimmed, lower case, without a trailing "(...)". */
  public static String normalize(String header) {
    String s = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    if (s.endsWith(")") && s.lastIndexOf(" (") > 0) {
      s = s.substring(0, s.lastIndexOf(" (")).strip();
    }
    return BLANKS.matcher(s).replaceAll(" ");
  }

  /**
   * A count or ratio {@code >= 0}: plain ({@code 1234}, {@code 0.45}), with thousands separators
   * ({@code 1,234}) or as a percentage ({@code 45.2%}, returned as {@code 0.452}).
   */
  public static double number(String column, String cell) throws BadValue {
    String s = cell.replace("\u00A0", "").replace(" ", "");
    boolean percent = s.endsWith("%");
    if (percent) {
      s = s.substring(0, s.length() - 1);
    }
    if (GROUPED.matcher(s).matches()) {
      s = s.replace(",", "");
    } else if (!PLAIN.matcher(s).matches()) {
      throw new BadValue(
          column + " '" + cell + "' is not a number >= 0 (expected e.g. 1234, 1,234, 0.45 or 45%)");
    }
    double value = Double.parseDouble(s);
    return percent ? value / 100 : value;
  }
}
