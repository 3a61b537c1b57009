package org.brandpulse.ingest.source.bluesky;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link BlueskySource} searches and how much. Start from {@link #DEFAULTS}: {@code
 * BlueskyOptions.DEFAULTS.toBuilder().query("nimbus mobile").build()}.
 *
 * @param baseUrl the AppView (or PDS proxy) serving {@code app.bsky.feed.searchPosts}; the public
 *     AppView {@code https://public.api.bsky.app} by default
 * @param query the search query (Lucene-like syntax)
 * @param accessToken a bearer token VALUE (the caller reads it from the environment), or null; some
 *     providers require one for search
 * @param pageSize posts per request, 1..100
 * @param maxPages the most pages one run reads
 * @param maxAge on the first run, how far back to read ({@code since}); null for no limit
 * @param since the oldest creation time to read, or null: the first run reads back to it instead of
 *     {@code maxAge}, and a run whose history does not reach back to it yet reads past what it
 *     already has down to it (a backfill)
 */
public record BlueskyOptions(
    URI baseUrl,
    String query,
    String accessToken,
    int pageSize,
    int maxPages,
    Duration maxAge,
    Instant since) {

  /** The public AppView, no query yet, 100 per page, 10 pages per run, a week back. */
  public static final BlueskyOptions DEFAULTS =
      new BlueskyOptions(
          URI.create("https://public.api.bsky.app"), null, null, 100, 10, Duration.ofDays(7), null);

  public BlueskyOptions {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = String.valueOf(baseUrl.getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an http(s) URL like https://public.api.bsky.app, was " + baseUrl);
    }
    query = query == null || query.isBlank() ? null : query.strip();
    accessToken = accessToken == null || accessToken.isBlank() ? null : accessToken.strip();
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
    return ("BlueskyOptions[baseUrl=%s, query=%s, accessToken=%s, pageSize=%d, maxPages=%d,"
            + " maxAge=%s, since=%s]")
        .formatted(
            baseUrl,
            query,
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

  /** Builds {@link BlueskyOptions}; validation happens in {@link #build()}. */
  public static final class Builder {
    private URI baseUrl;
    private String query;
    private String accessToken;
    private int pageSize;
    private int maxPages;
    private Duration maxAge;
    private Instant since;

    private Builder(BlueskyOptions from) {
      baseUrl = from.baseUrl;
      query = from.query;
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

    public BlueskyOptions build() {
      return new BlueskyOptions(baseUrl, query, accessToken, pageSize, maxPages, maxAge, since);
    }
  }
}
