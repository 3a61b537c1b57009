package org.brandpulse.seoaudit.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.brandpulse.seoaudit.checks.Check;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.Severity;

/**
 * {@code audit.csv}: one finding per row, RFC 4180 with a header: {@code check, severity, category,
 * url, related_url, detail}. UTF-8 with a byte order mark so spreadsheet programs read Bengali and
 * emoji correctly.
 */
public final class AuditCsv {

  /** The columns, in order. */
  public static final String[] HEADER = {
    "check", "severity", "category", "url", "related_url", "detail"
  };

  private AuditCsv() {}

  /** Writes the findings to {@code file}. */
  public static void write(List<Finding> findings, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\ufeff');
      write(findings, w);
    }
  }

  /** Writes the findings to {@code out} (no byte order mark). */
  public static void write(List<Finding> findings, Appendable out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (Finding f : findings) {
        csv.printRecord(
            f.check(),
            f.severity().id(),
            category(f.check()),
            f.url(),
            f.relatedUrl() == null ? "" : f.relatedUrl(),
            f.detail());
      }
    }
  }

  /** Reads findings back from an {@code audit.csv}. */
  public static List<Finding> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return parse(text.startsWith("\ufeff") ? text.substring(1) : text, file.toString());
  }

  private static List<Finding> parse(String text, String name) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Finding> findings = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord rec : parser) {
        try {
          findings.add(
              new Finding(
                  rec.get("check"),
                  Severity.of(rec.get("severity")),
                  rec.get("url"),
                  rec.get("detail"),
                  rec.get("related_url")));
        } catch (IllegalArgumentException e) {
          throw new IOException(name + ":" + rec.getRecordNumber() + ": " + e.getMessage(), e);
        }
      }
    }
    return findings;
  }

  private static String category(String check) {
    try {
      return Check.byId(check).category();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
