package org.brandpulse.ingest.source.file;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;

/** Turns the fields of one record into a {@link Post} as a {@link FieldMapping} says. */
final class PostMapper {

  /** Looks up the raw text of a mapped field; null when the record does not have it. */
  @FunctionalInterface
  interface Fields {
    String get(String field) throws BadRecordException;
  }

  private final FieldMapping mapping;
  private final String sourceKey;
  private final Clock clock;
  private final DateTimeFormatter pattern;

  PostMapper(FieldMapping mapping, String sourceKey, Clock clock) {
    this.mapping = mapping;
    this.sourceKey = sourceKey;
    this.clock = clock;
    this.pattern =
        mapping.datePattern() == null
            ? null
            : new DateTimeFormatterBuilder()
                .appendPattern(mapping.datePattern())
                .parseDefaulting(ChronoField.ERA, 1) // lets STRICT resolve "yyyy"
                .toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT) // 31 November is an error, not 1 December
                .withZone(mapping.zone());
  }

  Post map(Fields fields) throws BadRecordException {
    String nativeId = required(fields, mapping.id(), "id");
    String text =
        lineBreaks(mapping.textEntities().apply(required(fields, mapping.text(), "text")));
    Instant createdAt = date(required(fields, mapping.createdAt(), "createdAt"));
    Author author =
        new Author(
            optional(fields, mapping.authorHandle()),
            optional(fields, mapping.authorName()),
            number(fields, mapping.authorFollowers(), "authorFollowers"));
    Engagement engagement =
        new Engagement(
            number(fields, mapping.likes(), "likes"),
            number(fields, mapping.shares(), "shares"),
            number(fields, mapping.replies(), "replies"));
    return new Post(
        Post.id(sourceKey, nativeId),
        sourceKey,
        optional(fields, mapping.url()),
        author,
        text,
        language(optional(fields, mapping.language())),
        createdAt,
        postId(optional(fields, mapping.threadId())),
        postId(optional(fields, mapping.replyToId())),
        engagement,
        clock.instant());
  }

  /** CRLF and a bare CR (as in the Kaggle support export) become LF. */
  private static String lineBreaks(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private String postId(String nativeId) {
    return nativeId == null ? null : Post.id(sourceKey, nativeId);
  }

  private static String language(String code) {
    if (code == null) {
      return null;
    }
    String c = code.toLowerCase(Locale.ROOT);
    return c.equals("und") ? null : c;
  }

  private static String optional(Fields fields, String field) throws BadRecordException {
    if (field == null) {
      return null;
    }
    String value = fields.get(field);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String required(Fields fields, String field, String what)
      throws BadRecordException {
    String value = optional(fields, field);
    if (value == null) {
      throw new BadRecordException("missing " + what + " (field '" + field + "')");
    }
    return value;
  }

  private static long number(Fields fields, String field, String what) throws BadRecordException {
    String value = optional(fields, field);
    if (value == null) {
      return 0;
    }
    try {
      long n = Long.parseLong(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRecordException(
        "bad " + what + " (field '" + field + "'): '" + value + "', expected a whole number >= 0");
  }

  private String zoneName() {
    return mapping.zone().equals(java.time.ZoneOffset.UTC) ? "UTC" : mapping.zone().getId();
  }

  private Instant date(String value) throws BadRecordException {
    try {
      if (pattern != null) {
        return Instant.from(pattern.parse(value));
      }
      if (value.endsWith("Z") || value.endsWith("z")) {
        return Instant.parse(value.toUpperCase(Locale.ROOT));
      }
      if (value.length() > 19 && value.substring(19).matches(".*[+-]\\d\\d(:?\\d\\d)?$")) {
        return OffsetDateTime.parse(value).toInstant();
      }
      return LocalDateTime.parse(value).atZone(mapping.zone()).toInstant();
    } catch (DateTimeException e) {
      throw new BadRecordException(
          "bad createdAt (field '"
              + mapping.createdAt()
              + "'): '"
              + value
              + "', expected "
              + (pattern == null
                  ? "an ISO-8601 date-time such as 2026-09-01T08:15:00Z"
                  : "pattern " + mapping.datePattern() + " in " + zoneName()));
    }
  }
}
