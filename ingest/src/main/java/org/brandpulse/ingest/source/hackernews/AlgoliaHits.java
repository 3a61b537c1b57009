package org.brandpulse.ingest.source.hackernews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.timeline.HtmlText;
import org.brandpulse.ingest.source.timeline.MalformedPageException;
import org.brandpulse.ingest.source.timeline.TimelineBatch;
import org.brandpulse.ingest.source.timeline.TimelineItem;
import org.brandpulse.ingest.source.timeline.TimelineJson;
import tools.jackson.databind.JsonNode;

/**
 * Maps Algolia HN {@code search_by_date} hits to posts. A story's text is its title plus {@code
 * story_text}; a comment's is {@code comment_text}; both are HTML. Comments reply to {@code
 * parent_id} within the thread of {@code story_id}. Sort key: {@code created_at_i:objectID}.
 */
final class AlgoliaHits {

  static final String SOURCE_KEY = "hackernews";

  private AlgoliaHits() {}

  /** The posts of one result page; the next token is the next page number, if there is one. */
  static TimelineBatch map(JsonNode root, String name, String url, String body, Instant fetchedAt)
      throws MalformedPageException {
    JsonNode hits = root.path("hits");
    if (!hits.isArray() || !root.path("page").isNumber() || !root.path("nbPages").isNumber()) {
      throw new MalformedPageException(
          url, "expected an Algolia result with 'hits', 'page' and 'nbPages'", body);
    }
    List<TimelineItem> items = new ArrayList<>();
    List<SkippedRecord> skipped = new ArrayList<>();
    int index = 0;
    for (JsonNode hit : hits) {
      String id = TimelineJson.text(hit, "objectID");
      String where = url + " item " + (id == null ? "#" + index : id);
      index++;
      try {
        TimelineItem item = item(hit, fetchedAt);
        if (item.post().text().isBlank()) {
          SkippedRecord skip =
              new SkippedRecord(name, where, "item has no text (deleted or dead)", "");
          item = new TimelineItem(item.post(), item.key(), skip);
        }
        items.add(item);
      } catch (IllegalArgumentException e) {
        skipped.add(new SkippedRecord(name, where, e.getMessage(), hit.toString()));
      }
    }
    int page = root.path("page").asInt();
    boolean more = !hits.isEmpty() && page + 1 < root.path("nbPages").asInt();
    return new TimelineBatch(items, skipped, more ? Integer.toString(page + 1) : null);
  }

  /** The {@code created_at_i} part of a sort key. */
  static long secondsOf(String key) {
    return Long.parseLong(key.substring(0, key.indexOf(':')));
  }

  private static TimelineItem item(JsonNode hit, Instant fetchedAt) {
    String objectId = TimelineJson.text(hit, "objectID");
    if (objectId == null || !objectId.matches("[0-9]{1,12}")) {
      throw new IllegalArgumentException("missing or invalid 'objectID' (expected an item number)");
    }
    JsonNode created = hit.path("created_at_i");
    if (!created.isNumber()) {
      throw new IllegalArgumentException("missing 'created_at_i' (expected epoch seconds)");
    }
    String id = Post.id(SOURCE_KEY, objectId);
    String comment = TimelineJson.text(hit, "comment_text");
    boolean isComment = comment != null || hit.path("parent_id").isNumber();
    String text;
    if (isComment) {
      text = HtmlText.toText(comment);
    } else {
      String title = TimelineJson.text(hit, "title");
      String story = HtmlText.toText(TimelineJson.text(hit, "story_text"));
      title = title == null ? "" : title.strip();
      text = story.isEmpty() ? title : title.isEmpty() ? story : title + "\n\n" + story;
    }
    String author = TimelineJson.text(hit, "author");
    Post post =
        new Post(
            id,
            SOURCE_KEY,
            "https://news.ycombinator.com/item?id=" + objectId,
            author == null ? Author.UNKNOWN : new Author(author, null, 0),
            text,
            null,
            Instant.ofEpochSecond(created.asLong()),
            isComment ? ref(hit, "story_id") : id,
            isComment ? ref(hit, "parent_id") : null,
            new Engagement(
                TimelineJson.count(hit, "points"), 0, TimelineJson.count(hit, "num_comments")),
            fetchedAt);
    return new TimelineItem(
        post, "%012d:%012d".formatted(created.asLong(), Long.parseLong(objectId)));
  }

  private static String ref(JsonNode hit, String field) {
    JsonNode value = hit.path(field);
    return value.isNumber() ? Post.id(SOURCE_KEY, Long.toString(value.asLong())) : null;
  }
}
