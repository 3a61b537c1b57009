package org.brandpulse.ingest.source.timeline;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.brandpulse.ingest.source.SkippedRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state of a newest-first source between pages, stored as a small JSON object such as {@code
 * {"mark":"000000000113","floor":"2024-01-01T00:00:00Z","top":"000000000120","token":"t3_abc",
 * "pages":2,"from":"2024-01-01T00:00:00Z"}}.
 *
 * @param mark the high-water mark: sort key of the newest item a finished run delivered, or null
 *     before the first run finished
 * @param floor how far back the history up to the mark is read: the window start of the run that
 *     last reached it; null when unknown (cursors written before the field existed)
 * @param top during a run, the newest key seen so far in it (becomes the mark when it ends)
 * @param token during a run, the API's token for the next older page
 * @param pages during a run, how many pages it has read
 * @param from during a run, its window start (the oldest creation time it reads), or null for none
 */
public record TimelineCursor(
    String mark, Instant floor, String top, String token, int pages, Instant from) {

  /** Where a source starts: no mark, no run under way. */
  public static final TimelineCursor START = new TimelineCursor(null, null, null, null, 0, null);

  public TimelineCursor {
    if (pages < 0) {
      throw new IllegalArgumentException("pages must be >= 0, was " + pages);
    }
    if ((token == null) != (top == null)) {
      throw new IllegalArgumentException(
          "a run under way needs both 'top' and 'token', was top=" + top + " token=" + token);
    }
    if (from != null && token == null) {
      throw new IllegalArgumentException("'from' belongs to a run under way, was from=" + from);
    }
  }

  /** The cursor between runs: a mark and how far back the history up to it is read. */
  public static TimelineCursor between(String mark, Instant floor) {
    return new TimelineCursor(mark, floor, null, null, 0, null);
  }

  /** True while a run pages back (the next fetch continues it). */
  public boolean inRun() {
    return token != null;
  }

  /** The cursor with the run dropped and the mark kept: where a restarted run begins. */
  public TimelineCursor restart() {
    return between(mark, floor);
  }

  /** The JSON form handed out as {@link org.brandpulse.ingest.source.SourcePage#nextCursor()}. */
  public String encode() {
    ObjectNode node = TimelineJson.MAPPER.createObjectNode();
    if (mark != null) {
      node.put("mark", mark);
    }
    if (floor != null) {
      node.put("floor", floor.toString());
    }
    if (token != null) {
      node.put("top", top);
      node.put("token", token);
      node.put("pages", pages);
      if (from != null) {
        node.put("from", from.toString());
      }
    }
    return node.toString();
  }

  /**
   * Reads a cursor this source handed out before; null means {@link #START}.
   *
   * @throws IllegalArgumentException when the text is not such a cursor (a caller bug)
   */
  public static TimelineCursor decode(String source, String text) {
    if (text == null || text.isBlank()) {
      return START;
    }
    try {
      JsonNode node = TimelineJson.MAPPER.readTree(text);
      if (node.isObject()) {
        return new TimelineCursor(
            TimelineJson.text(node, "mark"),
            instant(node, "floor"),
            TimelineJson.text(node, "top"),
            TimelineJson.text(node, "token"),
            node.path("pages").asInt(0),
            instant(node, "from"));
      }
    } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(badCursor(source, text) + ": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(badCursor(source, text));
  }

  private static Instant instant(JsonNode node, String field) {
    String value = TimelineJson.text(node, field);
    return value == null ? null : Instant.parse(value);
  }

  private static String badCursor(String source, String text) {
    return "cursor of source '"
        + source
        + "' is not one it handed out; expected a JSON object like"
        + " {\"mark\":...}, was '"
        + SkippedRecord.clip(text)
        + "'";
  }
}
