package org.brandpulse.ingest.source.timeline;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON helpers for API pages: parsing with positions in the error, and tolerant field reads. */
public final class TimelineJson {

  /** The shared mapper: strict about trailing garbage, so a doubled or cut page is caught. */
  public static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private TimelineJson() {}

  /**
   * Parses a page body that must be a JSON object.
   *
   * @throws MalformedPageException naming the URL, the line and column and the parser's complaint
   */
  public static JsonNode parseObject(String url, String body) throws MalformedPageException {
    return parse(url, body, true);
  }

  /**
   * Parses a page body that must be a JSON array.
   *
   * @throws MalformedPageException naming the URL, the line and column and the parser's complaint
   */
  public static JsonNode parseArray(String url, String body) throws MalformedPageException {
    return parse(url, body, false);
  }

  private static JsonNode parse(String url, String body, boolean object)
      throws MalformedPageException {
    String expected = object ? "a JSON object" : "a JSON array";
    JsonNode root;
    try {
      root = MAPPER.readTree(body == null ? "" : body);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where =
          at == null || at == TokenStreamLocation.NA
              ? "unknown position"
              : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new MalformedPageException(
          url,
          "malformed JSON at "
              + where
              + ": "
              + e.getOriginalMessage()
              + " (expected "
              + expected
              + ")",
          body);
    }
    if (root == null || (object ? !root.isObject() : !root.isArray())) {
      String kind =
          root == null || root.isMissingNode()
              ? "an empty body"
              : root.getNodeType().name().toLowerCase(Locale.ROOT);
      throw new MalformedPageException(url, "expected " + expected + ", got " + kind, body);
    }
    return root;
  }

  /** The text at {@code field}, or null when it is absent, null or not a string. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.stringValue() : null;
  }

  /** The non-negative count at {@code field}; absent, null or negative counts read as 0. */
  public static long count(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() ? Math.max(0, value.asLong()) : 0;
  }

  /**
   * An RFC 3339 timestamp ({@code 2026-09-01T08:15:00.000Z} or with an offset).
   *
   * @throws IllegalArgumentException naming the field and the text when it is absent or invalid
   */
  public static Instant instant(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      throw new IllegalArgumentException("missing timestamp '" + field + "'");
    }
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value, Instant::from);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + field + "' is not an RFC 3339 timestamp: '" + value + "'", e);
    }
  }
}
