package org.brandpulse.ingest.source.mastodon;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brandpulse.ingest.http.FetchRequest;
import org.brandpulse.ingest.http.FetchResponse;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.source.timeline.ExpiredTokenException;
import org.brandpulse.ingest.source.timeline.MalformedPageException;
import org.brandpulse.ingest.source.timeline.TimelineBatch;
import org.brandpulse.ingest.source.timeline.TimelineItem;
import org.brandpulse.ingest.source.timeline.TimelineJson;
import org.brandpulse.ingest.source.timeline.TimelineRequest;
import org.brandpulse.ingest.source.timeline.TimelineSource;
import tools.jackson.databind.JsonNode;

/**
 * Statuses from one Mastodon server: a hashtag timeline ({@code GET /api/v1/timelines/tag/:tag}) or
 * status search ({@code GET /api/v2/search?type=statuses}, token required, {@code resolve=false}).
 * Both answer newest first; older pages follow {@code max_id} (from the {@code Link rel="next"}
 * header when the server sends one, else the last status id), and later runs pass the high-water
 * mark as {@code since_id} to the timeline. Source key: {@code mastodon@<host>}.
 */
public final class MastodonSource extends TimelineSource {

  private static final Pattern NEXT_LINK =
      Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MAX_ID = Pattern.compile("[?&]max_id=([0-9A-Za-z]+)");

  private final MastodonOptions options;
  private final HttpFetcher fetcher;
  private final String sourceKey;

  /**
   * @param name the configured source name
   * @param options what to read; must name a hashtag or a query
   * @param fetcher the shared HTTP fetcher
   * @param clock whose instant becomes {@code Post.fetchedAt}
   */
  public MastodonSource(String name, MastodonOptions options, HttpFetcher fetcher, Clock clock) {
    super(name, options.maxPages(), options.maxAge(), options.since(), clock);
    this.options = options;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    if (options.hashtag() == null && options.query() == null) {
      throw new IllegalArgumentException(
          "mastodon source '" + name + "' needs a hashtag or a query, options were " + options);
    }
    this.sourceKey = "mastodon@" + options.instance().getHost().toLowerCase(Locale.ROOT);
  }

  /** The key its posts carry: {@code mastodon@<host>}. */
  public String sourceKey() {
    return sourceKey;
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
    String url = uri.toString();
    String body = response.text();
    JsonNode statuses;
    if (options.query() != null) {
      statuses = TimelineJson.parseObject(url, body).path("statuses");
    } else {
      statuses = TimelineJson.parseArray(url, body);
    }
    if (!statuses.isArray()) {
      throw new MalformedPageException(url, "expected a 'statuses' array", body);
    }
    List<SkippedRecord> skipped = new ArrayList<>();
    List<TimelineItem> items =
        MastodonStatuses.map(statuses, sourceKey, name(), url, fetchedAt, skipped);
    return new TimelineBatch(items, skipped, nextMaxId(response, statuses));
  }

  private URI uri(TimelineRequest request) {
    String base = options.instance().toString().replaceAll("/+$", "");
    List<String> params = new ArrayList<>();
    String path;
    if (options.query() != null) {
      path = "/api/v2/search";
      params.add("type=statuses");
      params.add("resolve=false");
      params.add("q=" + encode(options.query()));
    } else {
      path = "/api/v1/timelines/tag/" + encode(options.hashtag());
      if (options.localOnly()) {
        params.add("local=true");
      }
      if (request.mark() != null) {
        params.add("since_id=" + MastodonStatuses.idOf(request.mark()));
      }
    }
    params.add("limit=" + options.pageSize());
    if (request.token() != null) {
      params.add("max_id=" + encode(request.token()));
    }
    return URI.create(base + path + "?" + String.join("&", params));
  }

  /** The next page's {@code max_id}: from {@code Link rel="next"}, else the last status id. */
  private static String nextMaxId(FetchResponse response, JsonNode statuses) {
    if (statuses.isEmpty()) {
      return null;
    }
    for (String link : response.headers().getOrDefault("Link", List.of())) {
      Matcher next = NEXT_LINK.matcher(link);
      if (next.find()) {
        Matcher maxId = MAX_ID.matcher(next.group(1));
        if (maxId.find()) {
          return maxId.group(1);
        }
      }
    }
    return TimelineJson.text(statuses.get(statuses.size() - 1), "id");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
