package org.brandpulse.ingest.source.reddit;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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
 * Reddit link search, newest first: {@code GET /search.json?q=...&sort=new&limit=100&after=...} (or
 * {@code /r/<sub>/search.json} with {@code restrict_sr=on}), paged by the listing's {@code after}
 * fullname. {@code raw_json=1} keeps {@code &}, {@code <} and {@code >} unescaped. Source key:
 * {@code reddit}.
 */
public final class RedditSource extends TimelineSource {

  private final RedditOptions options;
  private final HttpFetcher fetcher;

  /**
   * @param name the configured source name
   * @param options what to search; must have a query
   * @param fetcher the shared HTTP fetcher (its user agent identifies the app, as Reddit asks)
   * @param clock whose instant becomes {@code Post.fetchedAt}
   */
  public RedditSource(String name, RedditOptions options, HttpFetcher fetcher, Clock clock) {
    super(name, options.maxPages(), options.maxAge(), options.since(), clock);
    this.options = options;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    if (options.query() == null) {
      throw new IllegalArgumentException(
          "reddit source '" + name + "' needs a query, options were " + options);
    }
  }

  @Override
  protected TimelineBatch read(TimelineRequest request, Instant fetchedAt)
      throws SourceException, ExpiredTokenException, MalformedPageException {
    URI uri = uri(request.token());
    FetchRequest get =
        FetchRequest.get(uri)
            .withHeader("Accept", "application/json")
            .withBearerToken(options.accessToken());
    FetchResponse response = getPage(fetcher, get, request.token());
    String body = response.text();
    JsonNode root = TimelineJson.parseObject(uri.toString(), body);
    if (request.token() != null && root.has("error") && !root.has("data")) {
      throw new ExpiredTokenException(uri.toString(), "error body " + root);
    }
    return RedditListing.map(root, name(), uri.toString(), body, fetchedAt);
  }

  private URI uri(String after) {
    String base = options.baseUrl().toString().replaceAll("/+$", "");
    String sub = options.subreddit();
    StringBuilder url = new StringBuilder(base);
    url.append(sub == null ? "" : "/r/" + sub)
        .append("/search.json?q=")
        .append(encode(options.query()));
    url.append("&sort=new&limit=").append(options.pageSize());
    url.append("&restrict_sr=").append(sub == null ? "" : "on");
    url.append("&include_over_18=on&raw_json=1");
    if (after != null) {
      url.append("&after=").append(encode(after));
    }
    return URI.create(url.toString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
