package org.brandpulse.ingest.source.hackernews;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link HackerNewsSource} searches on the Algolia HN API and how much. Start from {@link
 * #DEFAULTS}: {@code HackerNewsOptions.DEFAULTS.toBuilder().query("nimbus").build()}.
 *
 * @param baseUrl the API's base URL, {@code https://hn.algolia.com}
 * @param query the search words
 * @param tags the Algolia {@code tags} filter, {@code (story,comment)} for both kinds
 * @param pageSize hits per request ({@code hitsPerPage}), 1..1000
 * @param maxPages the most pages one run reads
 * @param maxAge on the first run, how far back to read; null for no limit
 * @param since the oldest creation time to read, or null: the first run reads back to it instead of
 *     {@code maxAge}, and a run whose history does not reach back to it yet reads past what it
 *     already has down to it (a backfill)
 */
public record HackerNewsOptions(
    URI baseUrl,
    String query,
    String tags,
    int pageSize,
    int maxPages,
    Duration maxAge,
    Instant since) {

  /** hn.algolia.com, stories and comments, 100 per page, 10 pages per run, a week back. */
  public static final HackerNewsOptions DEFAULTS =
      new HackerNewsOptions(
          URI.create("https://hn.algolia.com"),
          null,
          "(story,comment)",
          100,
          10,
          Duration.ofDays(7),
          null);

  public HackerNewsOptions {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = String.valueOf(baseUrl.getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an http(s) URL like https://hn.algolia.com, was " + baseUrl);
    }
    query = query == null || query.isBlank() ? null : query.strip();
    Objects.requireNonNull(tags, "tags");
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("pageSize must be 1..1000, was " + pageSize);
    }
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be >= 1, was " + maxPages);
    }
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link HackerNewsOptions}; validation happens in {@link #build()}. */
  public static final class Builder {
    private URI baseUrl;
    private String query;
    private String tags;
    private int pageSize;
    private int maxPages;
    private Duration maxAge;
    private Instant since;

    private Builder(HackerNewsOptions from) {
      baseUrl = from.baseUrl;
      query = from.query;
      tags = from.tags;
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

    public Builder tags(String value) {
      tags = value;
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

    public HackerNewsOptions build() {
      return new HackerNewsOptions(baseUrl, query, tags, pageSize, maxPages, maxAge, since);
    }
  }
}
