package org.brandpulse.ingest.source.bluesky;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.brandpulse.ingest.http.FetchRequest;
import org.brandpulse.ingest.http.FetchResponse;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.source.timeline.ExpiredTokenException;
import org.brandpulse.ingest.source.timeline.MalformedPageException;
import org.brandpulse.ingest.source.timeline.TimelineBatch;
import org.brandpulse.ingest.source.timeline.TimelineJson;
import org.brandpulse.ingest.source.timeline.TimelineRequest;
import org.brandpulse.ingest.source.timeline.TimelineSource;
import tools.jackson.databind.JsonNode;

/**
 * Bluesky post search, newest first: {@code GET
 * /xrpc/app.bsky.feed.searchPosts?q=...&sort=latest&limit=...&cursor=...}, paged by the opaque
 * {@code cursor}. A run with a window start passes it as {@code since}; a 400 answer to a cursor
 * ({@code InvalidRequest}) restarts the run. Source key: {@code bluesky}.
 */
public final class BlueskySource extends TimelineSource {

  private final BlueskyOptions options;
  private final HttpFetcher fetcher;

  /**
   * @param name the configured source name
   * @param options what to search; must have a query
   * @param fetcher the shared HTTP fetcher
   * @param clock whose instant becomes {@code Post.fetchedAt}
   */
  public BlueskySource(String name, BlueskyOptions options, HttpFetcher fetcher, Clock clock) {
    super(name, options.maxPages(), options.maxAge(), options.since(), clock);
    this.options = options;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    if (options.query() == null) {
      throw new IllegalArgumentException(
          "bluesky source '" + name + "' needs a query, options were " + options);
    }
  }

  @Override
  protected TimelineBatch read(TimelineRequest request, Instant fetchedAt)
      throws SourceException, ExpiredTokenException, MalformedPageException {
    URI uri = uri(request);
    FetchRequest get =
        FetchRequest.get(uri)
            .withHeader("Accept", "application/json")
            .withBearerToken(options.accessToken());
    FetchResponse response = getPage(fetcher, get, request.token());
    String body = response.text();
    JsonNode root = TimelineJson.parseObject(uri.toString(), body);
    return BlueskyPosts.map(root, name(), uri.toString(), body, fetchedAt);
  }

  private URI uri(TimelineRequest request) {
    StringBuilder url = new StringBuilder(options.baseUrl().toString().replaceAll("/+$", ""));
    url.append("/xrpc/app.bsky.feed.searchPosts?q=").append(encode(options.query()));
    url.append("&sort=latest&limit=").append(options.pageSize());
    if (request.notBefore() != null) {
      url.append("&since=")
          .append(encode(request.notBefore().truncatedTo(ChronoUnit.SECONDS).toString()));
    }
    if (request.token() != null) {
      url.append("&cursor=").append(encode(request.token()));
    }
    return URI.create(url.toString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
