package org.brandpulse.ingest.source.reddit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link RedditSource} searches and how much. Start from {@link #DEFAULTS}: {@code
 * RedditOptions.DEFAULTS.toBuilder().query("\"nimbus mobile\"").subreddit("Android").build()}.
 *
 * @param baseUrl {@code https://www.reddit.com}, or {@code https://oauth.reddit.com} with a token
 * @param query the search query (Reddit search syntax)
 * @param subreddit search only this subreddit ({@code /r/<sub>/search.json}, {@code
 *     restrict_sr=on}); or null for all of Reddit
 * @param accessToken an OAuth bearer token VALUE (the caller reads it from the environment), or
 *     null
 * @param pageSize posts per request, 1..100
 * @param maxPages the most pages one run reads
 * @param maxAge on the first run, how far back to read; null for no limit
 * @param since the oldest creation time to read, or null: the first run reads back to it instead of
 *     {@code maxAge}, and a run whose history does not reach back to it yet reads past what it
 *     already has down to it (a backfill)
 */
public record RedditOptions(
    URI baseUrl,
    String query,
    String subreddit,
    String accessToken,
    int pageSize,
    int maxPages,
    Duration maxAge,
    Instant since) {

  /** www.reddit.com, no query yet, 100 per page, 10 pages per run, a week back on the first. */
  public static final RedditOptions DEFAULTS =
      new RedditOptions(
          URI.create("https://www.reddit.com"),
          null,
          null,
          null,
          100,
          10,
          Duration.ofDays(7),
          null);

  public RedditOptions {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = String.valueOf(baseUrl.getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an http(s) URL like https://www.reddit.com, was " + baseUrl);
    }
    query = blankToNull(query);
    subreddit = blankToNull(subreddit);
    if (subreddit != null) {
      subreddit = subreddit.replaceFirst("^/?r/", "");
      if (!subreddit.matches("[A-Za-z0-9_]{2,21}")) {
        throw new IllegalArgumentException(
            "subreddit must be a name like 'Android' (2-21 letters, digits, _), was '"
                + subreddit
                + "'");
      }
    }
    accessToken = blankToNull(accessToken);
    if (pageSize < 1 || pageSize > 100) {
      throw new IllegalArgumentException("pageSize must be 1..100, was " + pageSize);
    }
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be >= 1, was " + maxPages);
    }
  }

  /** Shows everything but the token. */
  @Override
  public String toString() {
    return ("RedditOptions[baseUrl=%s, query=%s, subreddit=%s, accessToken=%s, pageSize=%d,"
            + " maxPages=%d, maxAge=%s, since=%s]")
        .formatted(
            baseUrl,
            query,
            subreddit,
            accessToken == null ? "none" : "***",
            pageSize,
            maxPages,
            maxAge,
            since);
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Builds {@link RedditOptions}; validation happens in {@link #build()}. */
  public static final class Builder {
    private URI baseUrl;
    private String query;
    private String subreddit;
    private String accessToken;
    private int pageSize;
    private int maxPages;
    private Duration maxAge;
    private Instant since;

    private Builder(RedditOptions from) {
      baseUrl = from.baseUrl;
      query = from.query;
      subreddit = from.subreddit;
      accessToken = from.accessToken;
      pageSize = from.pageSize;
      maxPages = from.maxPages;
      maxAge = from.maxAge;
      since = from.since;
    }

    public Builder baseUrl(URI value) {
      baseUrl = value;
      return this;
    }

    public Builder query(String value) {
      query = value;
      return this;
    }

    public Builder subreddit(String value) {
      subreddit = value;
      return this;
    }

    public Builder accessToken(String value) {
      accessToken = value;
      return this;
    }

    public Builder pageSize(int value) {
      pageSize = value;
      return this;
    }

    public Builder maxPages(int value) {
      maxPages = value;
      return this;
    }

    public Builder maxAge(Duration value) {
      maxAge = value;
      return this;
    }

    public Builder since(Instant value) {
      since = value;
      return this;
    }

    public RedditOptions build() {
      return new RedditOptions(
          baseUrl, query, subreddit, accessToken, pageSize, maxPages, maxAge, since);
    }
  }
}
