package org.brandpulse.ingest.source.file;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Which field of an export feeds which part of a {@link org.brandpulse.ingest.Post}. For JSONL a
 * field is a dotted path into the object ({@code user.screen_name}); for CSV it is a header column
 * name. A null field means the export does not have it. Start from a preset and override with
 * {@link #toBuilder()}.
 *
 * @param id the native id (required)
 * @param url link to the post
 * @param authorHandle the author's handle
 * @param authorName the author's display name
 * @param authorFollowers the author's follower count (whole number)
 * @param text the text (required)
 * @param language ISO 639-1 language code
 * @param createdAt when it was written (required)
 * @param threadId native id of the thread's first post
 * @param replyToId native id of the post this replies to
 * @param likes like count
 * @param shares share count
 * @param replies reply count
 * @param datePattern a {@link DateTimeFormatter} pattern for {@code createdAt}, or null for
 *     ISO-8601 (an instant, an offset date-time, or a local date-time read in {@code zone})
 * @param zone the zone of dates that carry no offset
 * @param textEntities whether the text is HTML-escaped and must be decoded (once)
 */
public record FieldMapping(
    String id,
    String url,
    String authorHandle,
    String authorName,
    String authorFollowers,
    String text,
    String language,
    String createdAt,
    String threadId,
    String replyToId,
    String likes,
    String shares,
    String replies,
    String datePattern,
    ZoneId zone,
    HtmlEntities textEntities) {

  /**
   * Brandpulse's own export: fields named like the record components, ISO-8601 dates, a text
   * decoded when it is clearly HTML-escaped.
   */
  public static final FieldMapping BRANDPULSE =
      new FieldMapping(
          "id",
          "url",
          "authorHandle",
          "authorName",
          "authorFollowers",
          "text",
          "language",
          "createdAt",
          "threadId",
          "replyToId",
          "likes",
          "shares",
          "replies",
          null,
          ZoneOffset.UTC,
          HtmlEntities.DECODE_IF_ESCAPED);

  /**
   * The Twitter-v1-like JSONL social export (see notes/FORMATS.md); Twitter escapes {@code &},
   * {@code <} and {@code >} in the text, so entities are decoded.
   */
  public static final FieldMapping TWITTER_V1_JSONL =
      new FieldMapping(
          "id_str",
          "url",
          "user.screen_name",
          "user.name",
          "user.followers_count",
          "full_text",
          "lang",
          "created_at",
          "conversation_id_str",
          "in_reply_to_status_id_str",
          "favorite_count",
          "retweet_count",
          "reply_count",
          null,
          ZoneOffset.UTC,
          HtmlEntities.DECODE);

  /**
   * The listening-tool CSV export (see notes/FORMATS.md): UTC dates as yyyy-MM-dd HH:mm:ss, a text
   * decoded when it is clearly HTML-escaped (it quotes tweets as the platforms deliver them).
   */
  public static final FieldMapping LISTENING_TOOL_CSV =
      new FieldMapping(
          "Mention ID",
          "URL",
          "Author",
          "Author Name",
          "Followers",
          "Content",
          "Language",
          "Date",
          null,
          null,
          "Likes",
          "Shares",
          "Comments",
          "yyyy-MM-dd HH:mm:ss",
          ZoneOffset.UTC,
          HtmlEntities.DECODE_IF_ESCAPED);

  public FieldMapping {
    requireField(id, "id");
    requireField(text, "text");
    requireField(createdAt, "createdAt");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(textEntities, "textEntities");
    if (datePattern != null) {
      try {
        DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "datePattern '" + datePattern + "' is not a valid pattern: " + e.getMessage(), e);
      }
    }
  }

  private static void requireField(String field, String name) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("the field for " + name + " is required");
    }
  }

  /** A builder starting from this mapping. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes some fields of a mapping; every setter takes a field name or null for "absent". */
  public static final class Builder {
    private String id, url, authorHandle, authorName, authorFollowers, text, language;
    private String createdAt, threadId, replyToId, likes, shares, replies, datePattern;
    private ZoneId zone;
    private HtmlEntities textEntities;

    private Builder(FieldMapping m) {
      id = m.id;
      url = m.url;
      authorHandle = m.authorHandle;
      authorName = m.authorName;
      authorFollowers = m.authorFollowers;
      text = m.text;
      language = m.language;
      createdAt = m.createdAt;
      threadId = m.threadId;
      replyToId = m.replyToId;
      likes = m.likes;
      shares = m.shares;
      replies = m.replies;
      datePattern = m.datePattern;
      zone = m.zone;
      textEntities = m.textEntities;
    }

    public Builder id(String v) {
      id = v;
      return this;
    }

    public Builder url(String v) {
      url = v;
      return this;
    }

    public Builder authorHandle(String v) {
      authorHandle = v;
      return this;
    }

    public Builder authorName(String v) {
      authorName = v;
      return this;
    }

    public Builder authorFollowers(String v) {
      authorFollowers = v;
      return this;
    }

    public Builder text(String v) {
      text = v;
      return this;
    }

    public Builder language(String v) {
      language = v;
      return this;
    }

    public Builder createdAt(String v) {
      createdAt = v;
      return this;
    }

    public Builder threadId(String v) {
      threadId = v;
      return this;
    }

    public Builder replyToId(String v) {
      replyToId = v;
      return this;
    }

    public Builder likes(String v) {
      likes = v;
      return this;
    }

    public Builder shares(String v) {
      shares = v;
      return this;
    }

    public Builder replies(String v) {
      replies = v;
      return this;
    }

    /** A {@link DateTimeFormatter} pattern, or null for ISO-8601. */
    public Builder datePattern(String v) {
      datePattern = v;
      return this;
    }

    public Builder zone(ZoneId v) {
      zone = v;
      return this;
    }

    /** Whether the text is HTML-escaped, see {@link HtmlEntities}. */
    public Builder textEntities(HtmlEntities v) {
      textEntities = v;
      return this;
    }

    public FieldMapping build() {
      return new FieldMapping(
          id,
          url,
          authorHandle,
          authorName,
          authorFollowers,
          text,
          language,
          createdAt,
          threadId,
          replyToId,
          likes,
          shares,
          replies,
          datePattern,
          zone,
          textEntities);
    }
  }
}
