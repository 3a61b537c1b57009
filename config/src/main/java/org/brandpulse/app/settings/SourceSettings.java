package org.brandpulse.app.settings;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/**
 * One configured post source. The {@code type} key selects the kind; each kind has its own keys.
 * Secrets are named by environment variable ({@code tokenEnv}), never written here.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SourceSettings.Jsonl.class, name = "jsonl"),
  @JsonSubTypes.Type(value = SourceSettings.Csv.class, name = "csv"),
  @JsonSubTypes.Type(value = SourceSettings.Feed.class, name = "feed"),
  @JsonSubTypes.Type(value = SourceSettings.Mastodon.class, name = "mastodon"),
  @JsonSubTypes.Type(value = SourceSettings.Reddit.class, name = "reddit"),
  @JsonSubTypes.Type(value = SourceSettings.HackerNews.class, name = "hackernews"),
  @JsonSubTypes.Type(value = SourceSettings.Bluesky.class, name = "bluesky")
})
public sealed interface SourceSettings {

  /** The source's name, unique in the file: lower case letters, digits and dashes. */
  String name();

  /**
   * Field mapping of an export: a preset ({@code brandpulse}, {@code twitter-v1}, {@code
   * listening-tool}) with per-field overrides.
   *
   * @param preset the preset to start from
   * @param fields field name (id, url, authorHandle, authorName, authorFollowers, text, language,
   *     createdAt, threadId, replyToId, likes, shares, replies) to JSON path or CSV column
   * @param datePattern a {@code java.time} pattern for createdAt, or null for ISO-8601
   * @param zone the zone of dates without an offset (default UTC)
   */
  record Mapping(String preset, Map<String, String> fields, String datePattern, String zone) {
    public Mapping {
      fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
  }

  /** What file sources have in common. */
  sealed interface Files extends SourceSettings {
    /** Explicit files, relative to the configuration file's folder. */
    List<String> paths();

    /** Or a folder and a file-name pattern, e.g. {@code exports/*.jsonl}. */
    String glob();

    Mapping mapping();

    String sourceKey();

    Integer pageSize();

    String charset();
  }

  /** JSON Lines export files: {@code paths} or {@code glob}. */
  record Jsonl(
      String name,
      List<String> paths,
      String glob,
      Mapping mapping,
      String sourceKey,
      Integer pageSize,
      String charset)
      implements Files {
    public Jsonl {
      paths = paths == null ? List.of() : List.copyOf(paths);
    }
  }

  /** CSV export files (RFC 4180 with a header row): {@code paths} or {@code glob}. */
  record Csv(
      String name,
      List<String> paths,
      String glob,
      Mapping mapping,
      String sourceKey,
      Integer pageSize,
      String charset)
      implements Files {
    public Csv {
      paths = paths == null ? List.of() : List.copyOf(paths);
    }
  }

  /** RSS and Atom feeds: http(s) URLs or file paths. */
  record Feed(String name, List<String> urls, String sourceKey) implements SourceSettings {
    public Feed {
      urls = urls == null ? List.of() : List.copyOf(urls);
    }
  }

  /**
   * What the API sources have in common: a start date. Without {@code since} the first run reads
   * the last 7 days and later runs read what is new; with it every run reads back no further, and
   * the next run reads back to it (a backfill) when the source's history does not reach that far
   * yet.
   */
  sealed interface Api extends SourceSettings {
    /**
     * The oldest posts to read: a date ({@code 2024-01-01}, midnight UTC) or an instant ({@code
     * 2024-01-01T06:00:00Z}); null for the default window. See {@link SinceDate}.
     */
    String since();
  }

  /** A Mastodon instance: one hashtag timeline, or status search (search needs a token). */
  record Mastodon(
      String name,
      String baseUrl,
      String hashtag,
      String query,
      String tokenEnv,
      Integer maxPages,
      String since)
      implements Api {}

  /** Reddit search, optionally within one subreddit. */
  record Reddit(
      String name, String baseUrl, String query, String subreddit, Integer maxPages, String since)
      implements Api {}

  /** Hacker News stories and comments through the Algolia search API. */
  record HackerNews(String name, String baseUrl, String query, Integer maxPages, String since)
      implements Api {}

  /** Bluesky {@code app.bsky.feed.searchPosts}. */
  record Bluesky(
      String name, String baseUrl, String query, String tokenEnv, Integer maxPages, String since)
      implements Api {}
}
