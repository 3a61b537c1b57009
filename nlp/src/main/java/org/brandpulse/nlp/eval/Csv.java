package org.brandpulse.nlp.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. Each record carries
 * the line it starts on, for error messages.
 */
final class Csv {
  private Csv() {}

  /** A record and the 1-based line it starts on. */
  record Row(int line, List<String> fields) {}

  static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int start = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          line += c == '\n' ? 1 : 0;
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          fields.add(field.toString());
          rows.add(new Row(start, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        any = false;
        line++;
        start = line;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      rows.add(new Row(start, List.copyOf(fields)));
    }
    return rows;
  }
}
