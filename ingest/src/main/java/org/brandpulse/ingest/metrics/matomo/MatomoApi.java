package org.brandpulse.ingest.metrics.matomo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.brandpulse.ingest.http.FetchRequest;
import org.brandpulse.ingest.http.FetchResponse;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls one Matomo Reporting API method for a range of days. The parameters go in the query string
 * and {@code token_auth} in the POST form body, as Matomo recommends, so the token never shows in
 * URLs, server logs or error messages. Matomo reports failures as HTTP 200 with {@code
 * {"result":"error","message":"..."}}; those become non-retryable {@link SourceException}s.
 */
final class MatomoApi {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** What one call answered: the URL asked (no secrets in it) and the parsed body. */
  record Answer(String method, String url, JsonNode root) {}

  private final String source;
  private final MatomoOptions options;
  private final HttpFetcher fetcher;

  MatomoApi(String source, MatomoOptions options, HttpFetcher fetcher) {
    this.source = source;
    this.options = options;
    this.fetcher = fetcher;
  }

  /**
   * Calls {@code method} for {@code from..to} by day with {@code extra} parameters.
   *
   * @throws SourceException naming the source, method and URL when the call fails, the body is not
   *     JSON, or Matomo answers an error
   */
  Answer call(String method, LocalDate from, LocalDate to, Map<String, String> extra)
      throws SourceException {
    StringBuilder query =
        new StringBuilder("module=API&format=JSON&language=en&format_metrics=0")
            .append("&method=")
            .append(encode(method))
            .append("&idSite=")
            .append(options.idSite())
            .append("&period=day&date=")
            .append(from)
            .append(',')
            .append(to);
    // Sorted, so the same call always has the same URL (in logs, skipped records and tests).
    new java.util.TreeMap<>(extra)
        .forEach((k, v) -> query.append('&').append(encode(k)).append('=').append(encode(v)));
    URI uri = URI.create(options.endpoint() + "?" + query);
    String url = uri.toString();
    FetchRequest request =
        new FetchRequest(
            "POST",
            uri,
            Map.of(
                "Content-Type", "application/x-www-form-urlencoded; charset=utf-8",
                "Accept", "application/json"),
            ("token_auth=" + encode(options.token())).getBytes(StandardCharsets.UTF_8),
            null);
    String where = "matomo source '" + source + "': " + method + " at " + url;
    FetchResponse response;
    try {
      response = fetcher.fetch(request);
    } catch (SourceException e) {
      throw new SourceException(where + " failed: " + e.getMessage(), e.isRetryable(), e);
    }
    String body = response.text();
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String position =
          at == null || at == TokenStreamLocation.NA
              ? ""
              : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new SourceException(
          where
              + " answered malformed JSON"
              + position
              + ": "
              + e.getOriginalMessage()
              + "; expected a JSON object keyed by date; body starts: \""
              + SkippedRecord.clip(body)
              + "\"",
          false,
          e);
    }
    if (root == null || root.isMissingNode()) {
      throw new SourceException(where + " answered an empty body, expected JSON", false);
    }
    if (root.isObject() && "error".equals(root.path("result").asString(""))) {
      throw new SourceException(
          where
              + " answered an error: "
              + SkippedRecord.clip(root.path("message").asString("(no message)")),
          false);
    }
    return new Answer(method, url, root);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
