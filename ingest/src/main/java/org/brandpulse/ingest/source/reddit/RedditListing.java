package org.brandpulse.ingest.source.reddit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.timeline.MalformedPageException;
import org.brandpulse.ingest.source.timeline.TimelineBatch;
import org.brandpulse.ingest.source.timeline.TimelineItem;
import org.brandpulse.ingest.source.timeline.TimelineJson;
import tools.jackson.databind.JsonNode;

/**
 * Maps a Reddit search {@code Listing} of {@code t3} links to posts: text is the title plus the
 * self text (without Reddit's {@code [removed]}/{@code [deleted]} markers), the native id is the
 * fullname ({@code t3_...}), likes are the score (floored at 0) and shares the crossposts. The link
 * is the permalink without the query Reddit adds to search results ({@code ?ref=search_post}).
 */
final class RedditListing {

  static final String SOURCE_KEY = "reddit";

  private RedditListing() {}

  /** The posts of one listing page and its {@code after} token. */
  static TimelineBatch map(JsonNode root, String name, String url, String body, Instant fetchedAt)
      throws MalformedPageException {
    if (!"Listing".equals(TimelineJson.text(root, "kind")) || !root.path("data").isObject()) {
      throw new MalformedPageException(
          url, "expected a Reddit Listing ({\"kind\":\"Listing\",\"data\":{...}})", body);
    }
    JsonNode data = root.path("data");
    JsonNode children = data.path("children");
    if (!children.isArray()) {
      throw new MalformedPageException(url, "expected 'data.children' to be an array", body);
    }
    List<TimelineItem> items = new ArrayList<>();
    List<SkippedRecord> skipped = new ArrayList<>();
    int index = 0;
    for (JsonNode child : children) {
      JsonNode link = child.path("data");
      String fullname = TimelineJson.text(link, "name");
      String where = url + " " + (fullname == null ? "child #" + index : fullname);
      index++;
      try {
        if (!"t3".equals(TimelineJson.text(child, "kind"))) {
          throw new IllegalArgumentException(
              "expected a t3 link, got kind '" + TimelineJson.text(child, "kind") + "'");
        }
        items.add(item(link, fetchedAt));
      } catch (IllegalArgumentException e) {
        skipped.add(new SkippedRecord(name, where, e.getMessage(), child.toString()));
      }
    }
    String after = children.isEmpty() ? null : TimelineJson.text(data, "after");
    return new TimelineBatch(items, skipped, after);
  }

  private static TimelineItem item(JsonNode link, Instant fetchedAt) {
    String fullname = TimelineJson.text(link, "name");
    if (fullname == null || !fullname.matches("t3_[0-9a-z]{1,12}")) {
      throw new IllegalArgumentException("missing or invalid 'name' (expected t3_<base36 id>)");
    }
    JsonNode created = link.path("created_utc");
    if (!created.isNumber()) {
      throw new IllegalArgumentException("missing 'created_utc' (expected epoch seconds)");
    }
    long seconds = (long) Math.floor(created.asDouble());
    String id = Post.id(SOURCE_KEY, fullname);
    String author = TimelineJson.text(link, "author");
    String permalink = TimelineJson.text(link, "permalink");
    Post post =
        new Post(
            id,
            SOURCE_KEY,
            permalink == null
                ? null
                : "https://www.reddit.com" + permalink.replaceFirst("[?#].*", ""),
            author == null || author.equals("[deleted]")
                ? Author.UNKNOWN
                : new Author(author, null, 0),
            text(link),
            null,
            Instant.ofEpochSecond(seconds),
            id,
            null,
            new Engagement(
                TimelineJson.count(link, "score"),
                TimelineJson.count(link, "num_crossposts"),
                TimelineJson.count(link, "num_comments")),
            fetchedAt);
    long base36 = Long.parseLong(fullname.substring(3), 36);
    return new TimelineItem(post, "%012d:%019d".formatted(seconds, base36));
  }

  private static String text(JsonNode link) {
    String title = TimelineJson.text(link, "title");
    String self = TimelineJson.text(link, "selftext");
    title = title == null ? "" : title.strip();
    if (self == null || self.isBlank() || self.equals("[removed]") || self.equals("[deleted]")) {
      return title;
    }
    return title.isEmpty() ? self.strip() : title + "\n\n" + self.strip();
  }
}
