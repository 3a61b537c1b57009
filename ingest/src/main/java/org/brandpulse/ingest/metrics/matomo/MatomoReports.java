package org.brandpulse.ingest.metrics.matomo;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.brandpulse.ingest.metrics.DailyValues;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.matomo.MatomoApi.Answer;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import tools.jackson.databind.JsonNode;

/**
 * Turns Matomo answers into daily values. A {@code period=day} range answers an object keyed by
 * date; a day without data is {@code []}. Object reports (one row per day) read an empty day as
 * zeros; table reports (many rows per day) read it as no rows. A row with a bad date or a value
 * that is not a count {@code >= 0} is skipped whole and reported with its URL and place.
 */
final class MatomoReports {

  /** A row that cannot be read; its message says why. */
  private static final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;

    BadRow(String message) {
      super(message, null, false, false);
    }
  }

  private final String source;
  private final LocalDate from;
  private final LocalDate to;
  private final DailyValues values = new DailyValues();
  private final List<SkippedRecord> skipped = new ArrayList<>();

  MatomoReports(String source, LocalDate from, LocalDate to) {
    this.source = source;
    this.from = from;
    this.to = to;
  }

  DailyValues values() {
    return values;
  }

  List<SkippedRecord> skipped() {
    return skipped;
  }

  /** One object per day ({@code VisitsSummary.get}, {@code Actions.get}, {@code Goals.get}). */
  void perDay(Answer answer, Dimension dimension, String key, Map<String, Metric> fields)
      throws SourceException {
    for (Map.Entry<String, JsonNode> day : days(answer)) {
      LocalDate date = date(answer, day.getKey(), day.getValue());
      if (date == null) {
        continue;
      }
      JsonNode row = day.getValue();
      if (row.isEmpty() && (row.isArray() || row.isObject())) {
        fields.values().forEach(m -> values.add(date, dimension, key, m, 0));
      } else {
        row(answer, date, answer.url() + " [" + date + "]", row, r -> key, dimension, fields);
      }
    }
  }

  /** Many rows per day, one per breakdown value ({@code Referrers...}, {@code Actions...}). */
  void table(
      Answer answer,
      Dimension dimension,
      Function<JsonNode, String> keyOf,
      Map<String, Metric> fields)
      throws SourceException {
    for (Map.Entry<String, JsonNode> day : days(answer)) {
      LocalDate date = date(answer, day.getKey(), day.getValue());
      if (date == null) {
        continue;
      }
      JsonNode rows = day.getValue();
      if (rows.isObject() && rows.isEmpty()) {
        continue;
      }
      if (!rows.isArray()) {
        skip(answer.url() + " [" + date + "]", "expected an array of rows", rows);
        continue;
      }
      for (int i = 0; i < rows.size(); i++) {
        String where = answer.url() + " [" + date + "][" + i + "]";
        row(answer, date, where, rows.get(i), keyOf, dimension, fields);
      }
    }
  }

  /** The landing-page key of an entry-page row: the decoded path of {@code url}, else the label. */
  static String landingPage(JsonNode row) {
    String url = row.path("url").asString("");
    if (!url.isBlank()) {
      try {
        String path = URI.create(url.strip()).getRawPath();
        if (path != null) {
          return decodePath(path.isEmpty() ? "/" : path);
        }
      } catch (IllegalArgumentException e) {
        // Not a URI (raw unicode or spaces): fall back to the label, which Matomo decodes.
      }
    }
    return decodePath(row.path("label").asString("").strip());
  }

  /** Percent-decodes a path, keeping {@code +} and leaving malformed escapes as they are. */
  static String decodePath(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }

  private void row(
      Answer answer,
      LocalDate date,
      String where,
      JsonNode row,
      Function<JsonNode, String> keyOf,
      Dimension dimension,
      Map<String, Metric> fields) {
    if (!row.isObject()) {
      skip(where, "expected a row object", row);
      return;
    }
    try {
      String key = keyOf.apply(row);
      List<Runnable> adds = new ArrayList<>();
      for (Map.Entry<String, Metric> field : fields.entrySet()) {
        double v = count(row, field.getKey());
        if (v >= 0) {
          adds.add(() -> values.add(date, dimension, key, field.getValue(), v));
        }
      }
      adds.forEach(Runnable::run);
    } catch (BadRow e) {
      skip(where, answer.method() + ": " + e.getMessage(), row);
    }
  }

  /** The count at {@code field}; -1 when absent or null. Matomo may send numbers as strings. */
  private static double count(JsonNode row, String field) throws BadRow {
    JsonNode n = row.get(field);
    if (n == null || n.isNull()) {
      return -1;
    }
    double v;
    if (n.isNumber()) {
      v = n.asDouble();
    } else if (n.isString()) {
      try {
        v = Double.parseDouble(n.stringValue().strip());
      } catch (NumberFormatException e) {
        throw new BadRow(field + " is not a number: '" + SkippedRecord.clip(n.stringValue()) + "'");
      }
    } else {
      throw new BadRow(field + " must be a number, got " + n.getNodeType());
    }
    if (!Double.isFinite(v) || v < 0) {
      throw new BadRow(field + " must be a finite count >= 0, got " + v);
    }
    return v;
  }

  private Iterable<Map.Entry<String, JsonNode>> days(Answer answer) throws SourceException {
    JsonNode root = answer.root();
    if (!root.isObject()) {
      throw new SourceException(
          "matomo source '"
              + source
              + "': "
              + answer.method()
              + " at "
              + answer.url()
              + " answered "
              + root.getNodeType()
              + ", expected an object keyed by date (period=day, date=from,to); body starts: \""
              + SkippedRecord.clip(root.toString())
              + "\"",
          false);
    }
    return root.properties();
  }

  private LocalDate date(Answer answer, String text, JsonNode value) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      skip(answer.url() + " [" + text + "]", "expected a yyyy-MM-dd date key", value);
      return null;
    }
    if (date.isBefore(from) || date.isAfter(to)) {
      skip(answer.url() + " [" + text + "]", "day outside the asked " + from + ".." + to, value);
      return null;
    }
    return date;
  }

  private void skip(String where, String reason, JsonNode node) {
    skipped.add(new SkippedRecord(source, where, reason, node.toString()));
  }
}
