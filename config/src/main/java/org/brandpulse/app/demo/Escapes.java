package org.brandpulse.app.demo;

import org.apache.commons.csv.CSVFormat;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.json.JsonMapper;

/**
 * Escaping for the three output formats of the demo data, each by the library the product reads
 * that format with: Jackson for JSON, Commons CSV for CSV, jsoup for XML.
 */
final class Escapes {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final CSVFormat CSV = CSVFormat.RFC4180;
  private static final Document.OutputSettings XML =
      new Document.OutputSettings()
          .syntax(Document.OutputSettings.Syntax.xml)
          .escapeMode(Entities.EscapeMode.xhtml)
          .charset("UTF-8");

  private Escapes() {}

  /** A JSON string literal, quotes included (RFC 8259 section 7); {@code null} for null. */
  static String json(String text) {
    return JSON.writeValueAsString(text);
  }

  /** A CSV record (RFC 4180, no line end): fields quoted, quotes doubled, where needed. */
  static String csv(java.util.List<String> fields) {
    return CSV.format(fields.toArray());
  }

  /** One CSV field, quoted where needed. */
  static String csv(String field) {
    return field == null ? "" : CSV.format(field);
  }

  /**
   * XML character data or attribute value: the special characters escaped, characters XML 1.0
   * forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) dropped.
   */
  static String xml(String text) {
    return Entities.escape(text, XML);
  }
}
