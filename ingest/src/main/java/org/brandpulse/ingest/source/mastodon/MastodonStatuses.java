package org.brandpulse.ingest.source.mastodon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.DeclaredLanguage;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.timeline.HtmlText;
import org.brandpulse.ingest.source.timeline.TimelineItem;
import org.brandpulse.ingest.source.timeline.TimelineJson;
import tools.jackson.databind.JsonNode;

/**
 * Maps Mastodon {@code Status} entities to posts. A reblog (boost) maps to the status it boosts,
 * keyed in the timeline order by the reblog's own id; the HTML {@code content} becomes plain text
 * after the content warning ({@code spoiler_text}). The server's language tag is kept unless the
 * text contradicts it ({@link DeclaredLanguage}).
 */
final class MastodonStatuses {

  /** Status ids are numeric strings of up to 19 digits; padding makes them sort as numbers. */
  private static final int KEY_WIDTH = 24;

  private MastodonStatuses() {}

  /** The mapped statuses of an array; unreadable ones go to {@code skipped} with their id. */
  static List<TimelineItem> map(
      JsonNode statuses,
      String sourceKey,
      String name,
      String url,
      Instant fetchedAt,
      List<SkippedRecord> skipped) {
    List<TimelineItem> items = new ArrayList<>();
    int index = 0;
    for (JsonNode status : statuses) {
      String id = TimelineJson.text(status, "id");
      String where = url + " status " + (id == null ? "#" + index : id);
      index++;
      try {
        if (id == null || !id.matches("[0-9A-Za-z]{1,24}")) {
          throw new IllegalArgumentException("missing or invalid 'id' (expected a status id)");
        }
        JsonNode original = status.path("reblog").isObject() ? status.path("reblog") : status;
        Post post = post(original, sourceKey, fetchedAt);
        SkippedRecord skip =
            post.text().isBlank()
                ? new SkippedRecord(name, where, "status has no text (media only or deleted)", "")
                : null;
        items.add(new TimelineItem(post, key(id), skip));
      } catch (IllegalArgumentException e) {
        skipped.add(new SkippedRecord(name, where, e.getMessage(), status.toString()));
      }
    }
    return items;
  }

  /** The sort key of a status id: left-padded so longer (newer) ids sort after shorter ones. */
  static String key(String id) {
    return "0".repeat(Math.max(0, KEY_WIDTH - id.length())) + id;
  }

  /** The status id a key was made from. */
  static String idOf(String key) {
    String id = key.replaceFirst("^0+", "");
    return id.isEmpty() ? "0" : id;
  }

  private static Post post(JsonNode status, String sourceKey, Instant fetchedAt) {
    String id = TimelineJson.text(status, "id");
    String postId = Post.id(sourceKey, id);
    String replyTo = TimelineJson.text(status, "in_reply_to_id");
    JsonNode account = status.path("account");
    String url = TimelineJson.text(status, "url");
    String text = text(status);
    return new Post(
        postId,
        sourceKey,
        url != null ? url : TimelineJson.text(status, "uri"),
        new Author(
            TimelineJson.text(account, "acct"),
            blankToNull(TimelineJson.text(account, "display_name")),
            TimelineJson.count(account, "followers_count")),
        text,
        DeclaredLanguage.check(TimelineJson.text(status, "language"), text),
        TimelineJson.instant(status, "created_at"),
        replyTo == null ? postId : null,
        replyTo == null ? null : Post.id(sourceKey, replyTo),
        new Engagement(
            TimelineJson.count(status, "favourites_count"),
            TimelineJson.count(status, "reblogs_count"),
            TimelineJson.count(status, "replies_count")),
        fetchedAt);
  }

  private static String text(JsonNode status) {
    String spoiler = TimelineJson.text(status, "spoiler_text");
    String content = HtmlText.toText(TimelineJson.text(status, "content"));
    if (spoiler == null || spoiler.isBlank()) {
      return content;
    }
    return content.isEmpty() ? spoiler.strip() : spoiler.strip() + "\n\n" + content;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
