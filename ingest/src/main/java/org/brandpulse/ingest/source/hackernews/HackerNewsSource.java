package org.brandpulse.ingest.source.hackernews;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * Hacker News stories and comments through the Algolia API, newest first: {@code GET
 * /api/v1/search_by_date?query=...&tags=(story,comment)&numericFilters=created_at_i>N}. Pages are
 * numbered, so after the first page of a run the window is pinned ({@code created_at_i<=T}, T the
 * newest item of the run) and later pages stay stable while new items arrive. Source key: {@code
 * hackernews}.
 */
public final class HackerNewsSource extends TimelineSource {

  private final HackerNewsOptions options;
  private final HttpFetcher fetcher;

  /**
   * @param name the configured source name
   * @param options what to search; must have a query
   * @param fetcher the shared HTTP fetcher
   * @param clock whose instant becomes {@code Post.fetchedAt}
   */
  public HackerNewsSource(
      String name, HackerNewsOptions options, HttpFetcher fetcher, Clock clock) {
    super(name, options.maxPages(), options.maxAge(), options.since(), clock);
    this.options = options;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    if (options.query() == null) {
      throw new IllegalArgumentException(
          "hackernews source '" + name + "' needs a query, options were " + options);
    }
  }

  @Override
  protected TimelineBatch read(TimelineRequest request, Instant fetchedAt)
      throws SourceException, ExpiredTokenException, MalformedPageException {
    URI uri = uri(request);
    FetchResponse response =
        getPage(
            fetcher,
            FetchRequest.get(uri).withHeader("Accept", "application/json"),
            request.token());
    String body = response.text();
    JsonNode root = TimelineJson.parseObject(uri.toString(), body);
    return AlgoliaHits.map(root, name(), uri.toString(), body, fetchedAt);
  }

  private URI uri(TimelineRequest request) {
    List<String> filters = new ArrayList<>();
    if (request.mark() != null) {
      // Same-second items with a higher objectID are newer; the key comparison drops seen ones.
      filters.add("created_at_i>" + (AlgoliaHits.secondsOf(request.mark()) - 1));
    } else if (request.notBefore() != null) {
      filters.add("created_at_i>" + (request.notBefore().getEpochSecond() - 1));
    }
    if (request.top() != null) {
      filters.add("created_at_i<=" + AlgoliaHits.secondsOf(request.top()));
    }
    StringBuilder url = new StringBuilder(options.baseUrl().toString().replaceAll("/+$", ""));
    url.append("/api/v1/search_by_date?query=").append(encode(options.query()));
    url.append("&tags=").append(encode(options.tags()));
    if (!filters.isEmpty()) {
      url.append("&numericFilters=").append(encode(String.join(",", filters)));
    }
    url.append("&hitsPerPage=").append(options.pageSize());
    url.append("&page=").append(request.token() == null ? "0" : encode(request.token()));
    return URI.create(url.toString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
