package org.brandpulse.ingest.source.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.brandpulse.ingest.source.SourceException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a feed source stands: the index of the feed to read next and, per feed, its HTTP
 * validators, its newest item date and the ids seen within the window. Encoded as JSON text.
 *
 * @param next index of the feed the next page reads
 * @param feeds one state per feed read so far
 */
record FeedCursor(int next, List<FeedState> feeds) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final FeedCursor START = new FeedCursor(0, List.of());

  FeedCursor {
    feeds = List.copyOf(feeds);
  }

  /**
   * One feed's state.
   *
   * @param url the feed URL
   * @param etag the last {@code ETag}, or null
   * @param lastModified the last {@code Last-Modified}, or null
   * @param newest the newest item date seen, or null before the first read
   * @param seen ids of items seen within the window, with their dates
   */
  record FeedState(
      String url, String etag, String lastModified, Instant newest, Map<String, Instant> seen) {
    FeedState {
      Objects.requireNonNull(url, "url");
      seen = java.util.Collections.unmodifiableMap(new TreeMap<>(seen == null ? Map.of() : seen));
    }

    static FeedState empty(String url) {
      return new FeedState(url, null, null, null, Map.of());
    }
  }

  Optional<FeedState> state(String url) {
    return feeds.stream().filter(f -> f.url().equals(url)).findFirst();
  }

  String encode() {
    return JSON.writeValueAsString(this);
  }

  static FeedCursor decode(String cursor, String source) throws SourceException {
    if (cursor == null) {
      return START;
    }
    try {
      return JSON.readValue(cursor, FeedCursor.class);
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      String clipped = cursor.length() > 80 ? cursor.substring(0, 80) + "…" : cursor;
      throw new SourceException(
          "feed source "
              + source
              + ": unreadable cursor '"
              + clipped
              + "', expected one this source returned",
          false,
          e);
    }
  }
}
