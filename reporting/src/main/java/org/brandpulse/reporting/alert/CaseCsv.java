package org.brandpulse.reporting.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The attached CSV: one row per case, RFC 4180, formula-safe, CRLF line ends. */
final class CaseCsv {

  static final String HEADER =
      "case_id,brand,priority,severity,category,author,reach,engagement,created_at,sla_due,"
          + "post_url,case_url,text";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(HEADER.split(",")).get();

  private CaseCsv() {}

  static String write(List<AlertCase> cases) {
    StringBuilder b = new StringBuilder();
    try (CSVPrinter csv = new CSVPrinter(b, FORMAT)) {
      for (AlertCase c : cases) {
        csv.printRecord(fields(c).stream().map(Escape::formulaSafe).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return b.toString();
  }

  private static List<String> fields(AlertCase c) {
    return List.of(
        c.caseId(),
        c.brand(),
        Integer.toString(c.priority()),
        c.severity().name().toLowerCase(Locale.ROOT),
        c.category().name().toLowerCase(Locale.ROOT),
        c.author(),
        Long.toString(c.reach()),
        Long.toString(c.engagement()),
        c.createdAt().toString(),
        c.slaDue().toString(),
        c.postUrl() == null ? "" : c.postUrl(),
        c.caseUrl(),
        c.text());
  }
}
