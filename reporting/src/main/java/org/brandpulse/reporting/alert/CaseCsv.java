package org.brandpulse.reporting.alert;

import java.util.List;
import java.util.Locale;

/** The attached CSV: one row per case, RFC 4180, formula-safe, CRLF line ends. */
final class CaseCsv {

  static final String HEADER =
      "case_id,brand,priority,severity,category,author,reach,engagement,created_at,sla_due,"
          + "post_url,case_url,text";

  private CaseCsv() {}

  static String write(List<AlertCase> cases) {
    StringBuilder b = new StringBuilder(HEADER).append("\r\n");
    for (AlertCase c : cases) {
      List<String> fields =
          List.of(
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
      b.append(String.join(",", fields.stream().map(Escape::csv).toList())).append("\r\n");
    }
    return b.toString();
  }
}
