package org.brandpulse.ingest.source.bluesky;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.DeclaredLanguage;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.timeline.MalformedPageException;
import org.brandpulse.ingest.source.timeline.TimelineBatch;
import org.brandpulse.ingest.source.timeline.TimelineItem;
import org.brandpulse.ingest.source.timeline.TimelineJson;
import tools.jackson.databind.JsonNode;

/**
 * Maps {@code app.bsky.feed.searchPosts} post views to posts. The native id is the {@code at://}
 * URI; the web link is {@code https://bsky.app/profile/<handle>/post/<rkey>}. Search sorts by
 * {@code sortAt}, the earlier of {@code record.createdAt} and {@code indexedAt}, so the sort key is
 * that instant (epoch millis) plus the URI.
 */
final class BlueskyPosts {

  static final String SOURCE_KEY = "bluesky";

  private BlueskyPosts() {}

  /** The posts of one search page and its cursor. */
  static TimelineBatch map(JsonNode root, String name, String url, String body, Instant fetchedAt)
      throws MalformedPageException {
    JsonNode posts = root.path("posts");
    if (!posts.isArray()) {
      throw new MalformedPageException(url, "expected a 'posts' array", body);
    }
    List<TimelineItem> items = new ArrayList<>();
    List<SkippedRecord> skipped = new ArrayList<>();
    int index = 0;
    for (JsonNode view : posts) {
      String uri = TimelineJson.text(view, "uri");
      String where = uri == null ? url + " post #" + index : uri;
      index++;
      try {
        items.add(item(view, name, where, fetchedAt));
      } catch (IllegalArgumentException e) {
        skipped.add(new SkippedRecord(name, where, e.getMessage(), view.toString()));
      }
    }
    return new TimelineBatch(
        items, skipped, posts.isEmpty() ? null : TimelineJson.text(root, "cursor"));
  }

  private static TimelineItem item(JsonNode view, String name, String where, Instant fetchedAt) {
    String uri = TimelineJson.text(view, "uri");
    if (uri == null || !uri.matches("at://[^/]+/app\\.bsky\\.feed\\.post/[A-Za-z0-9._~:-]+")) {
      throw new IllegalArgumentException(
          "missing or invalid 'uri' (expected at://<did>/app.bsky.feed.post/<rkey>)");
    }
    JsonNode record = view.path("record");
    JsonNode author = view.path("author");
    Instant created = TimelineJson.instant(record, "createdAt");
    Instant indexed = view.has("indexedAt") ? TimelineJson.instant(view, "indexedAt") : created;
    Instant sortAt = created.isBefore(indexed) ? created : indexed;
    String id = Post.id(SOURCE_KEY, uri);
    String handle = TimelineJson.text(author, "handle");
    String profile = handle == null || handle.equals("handle.invalid") ? uri.split("/")[2] : handle;
    String parent = TimelineJson.text(record.path("reply").path("parent"), "uri");
    String root = TimelineJson.text(record.path("reply").path("root"), "uri");
    String text = TimelineJson.text(record, "text");
    text = text == null ? "" : text;
    Post post =
        new Post(
            id,
            SOURCE_KEY,
            "https://bsky.app/profile/"
                + profile
                + "/post/"
                + uri.substring(uri.lastIndexOf('/') + 1),
            new Author(handle, blankToNull(TimelineJson.text(author, "displayName")), 0),
            text,
            DeclaredLanguage.check(language(record), text),
            created,
            root == null ? id : Post.id(SOURCE_KEY, root),
            parent == null ? null : Post.id(SOURCE_KEY, parent),
            new Engagement(
                TimelineJson.count(view, "likeCount"),
                TimelineJson.count(view, "repostCount") + TimelineJson.count(view, "quoteCount"),
                TimelineJson.count(view, "replyCount")),
            fetchedAt);
    String key = "%015d:%s".formatted(sortAt.toEpochMilli(), uri);
    if (text.isBlank()) {
      String embed = TimelineJson.text(record.path("embed"), "$type");
      String reason =
          "post has no text (media only"
              + (embed == null ? "" : ", embed " + embed)
              + "); only posts with text are stored";
      return new TimelineItem(post, key, new SkippedRecord(name, where, reason, ""));
    }
    return new TimelineItem(post, key);
  }

  /** The first {@code langs} entry, or null. */
  private static String language(JsonNode record) {
    JsonNode first = record.path("langs").path(0);
    return first.isString() ? first.stringValue() : null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
