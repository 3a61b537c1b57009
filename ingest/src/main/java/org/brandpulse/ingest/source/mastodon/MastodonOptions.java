package org.brandpulse.ingest.source.mastodon;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link MastodonSource} reads and how much. Start from {@link #DEFAULTS} and set the
 * hashtag or the query: {@code MastodonOptions.DEFAULTS.toBuilder().hashtag("brand").build()}.
 *
 * @param instance the server's base URL, e.g. {@code https://mastodon.social}
 * @param hashtag read the hashtag timeline {@code /api/v1/timelines/tag/<hashtag>} (without {@code
 *     #}); or null
 * @param query read status search {@code /api/v2/search?type=statuses&q=<query>}; needs {@code
 *     accessToken}; or null
 * @param accessToken the bearer token VALUE (the caller reads it from the environment); optional
 *     for hashtags, required for search
 * @param localOnly hashtag timeline of this server's own posts only ({@code local=true})
 * @param pageSize statuses per request, 1..40
 * @param maxPages the most pages one run reads
 * @param maxAge on the first run, how far back to read; null for no limit
 * @param since the oldest creation time to read, or null: the first run reads back to it instead of
 *     {@code maxAge}, and a run whose history does not reach back to it yet reads past what it
 *     already has down to it (a backfill)
 */
public record MastodonOptions(
    URI instance,
    String hashtag,
    String query,
    String accessToken,
    boolean localOnly,
    int pageSize,
    int maxPages,
    Duration maxAge,
    Instant since) {

  /** mastodon.social, no target yet, 40 per page, 10 pages per run, a week back on the first. */
  public static final MastodonOptions DEFAULTS =
      new MastodonOptions(
          URI.create("https://mastodon.social"),
          null,
          null,
          null,
          false,
          40,
          10,
          Duration.ofDays(7),
          null);

  public MastodonOptions {
    Objects.requireNonNull(instance, "instance");
    String scheme = String.valueOf(instance.getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || instance.getHost() == null) {
      throw new IllegalArgumentException(
          "instance must be an http(s) URL like https://mastodon.social, was " + instance);
    }
    hashtag = blankToNull(hashtag);
    if (hashtag != null) {
      hashtag = hashtag.startsWith("#") ? hashtag.substring(1) : hashtag;
    }
    query = blankToNull(query);
    accessToken = blankToNull(accessToken);
    if (hashtag != null && query != null) {
      throw new IllegalArgumentException(
          "set either hashtag or query, not both (hashtag=" + hashtag + ", query=" + query + ")");
    }
    if (query != null && accessToken == null) {
      throw new IllegalArgumentException(
          "Mastodon status search needs an access token; query was '" + query + "'");
    }
    if (pageSize < 1 || pageSize > 40) {
      throw new IllegalArgumentException("pageSize must be 1..40, was " + pageSize);
    }
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be >= 1, was " + maxPages);
    }
  }

  /** Shows everything but the token. */
  @Override
  public String toString() {
    return ("MastodonOptions[instance=%s, hashtag=%s, query=%s, accessToken=%s, localOnly=%s,"
            + " pageSize=%d, maxPages=%d, maxAge=%s, since=%s]")
        .formatted(
            instance,
            hashtag,
            query,
            accessToken == null ? "none" : "***",
            localOnly,
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

  /** Builds {@link MastodonOptions}; validation happens in {@link #build()}. */
  public static final class Builder {
    private URI instance;
    private String hashtag;
    private String query;
    private String accessToken;
    private boolean localOnly;
    private int pageSize;
    private int maxPages;
    private Duration maxAge;
    private Instant since;

    private Builder(MastodonOptions from) {
      instance = from.instance;
      hashtag = from.hashtag;
      query = from.query;
      accessToken = from.accessToken;
      localOnly = from.localOnly;
      pageSize = from.pageSize;
      maxPages = from.maxPages;
      maxAge = from.maxAge;
      since = from.since;
    }

    public Builder instance(URI value) {
      instance = value;
      return this;
    }

    public Builder hashtag(String value) {
      hashtag = value;
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

    public Builder localOnly(boolean value) {
      localOnly = value;
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

    public MastodonOptions build() {
      return new MastodonOptions(
          instance, hashtag, query, accessToken, localOnly, pageSize, maxPages, maxAge, since);
    }
  }
}
