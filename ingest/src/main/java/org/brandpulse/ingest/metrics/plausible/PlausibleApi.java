package org.brandpulse.ingest.metrics.plausible;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.ingest.http.FetchRequest;
import org.brandpulse.ingest.http.FetchResponse;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpStatusException;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends one {@link PlausibleQuery} page by page ({@code pagination.limit/offset}) and returns its
 * result rows. Every request first takes a slot from the {@link RateLimiter}; a 429 that still
 * comes back waits for its {@code Retry-After} in the fetcher. Error answers ({@code
 * {"error":"..."}} with 400 or 401) become {@link SourceException}s quoting Plausible's message.
 */
final class PlausibleApi {

  static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** One result row and where it came from ({@code url (label) offset+index}). */
  record Row(String location, JsonNode dimensions, JsonNode metrics) {}

  private final String source;
  private final PlausibleOptions options;
  private final HttpFetcher fetcher;
  private final RateLimiter limiter;

  PlausibleApi(String source, PlausibleOptions options, HttpFetcher fetcher, RateLimiter limiter) {
    this.source = source;
    this.options = options;
    this.fetcher = fetcher;
    this.limiter = limiter;
  }

  /** All rows of {@code query} for {@code from..to}; a cut after {@code maxPages} is reported. */
  List<Row> rows(PlausibleQuery query, LocalDate from, LocalDate to, List<SkippedRecord> skipped)
      throws SourceException {
    List<Row> rows = new ArrayList<>();
    String where =
        "plausible source '"
            + source
            + "': POST "
            + options.endpoint()
            + " ("
            + query.label()
            + ")";
    for (int page = 0; page < options.maxPages(); page++) {
      int offset = page * options.pageSize();
      JsonNode results = page(where, body(query, from, to, offset));
      for (int i = 0; i < results.size(); i++) {
        JsonNode r = results.get(i);
        String location = options.endpoint() + " (" + query.label() + ") row " + (offset + i);
        rows.add(new Row(location, r.path("dimensions"), r.path("metrics")));
      }
      if (results.size() < options.pageSize()) {
        return rows;
      }
    }
    skipped.add(
        new SkippedRecord(
            source,
            options.endpoint() + " (" + query.label() + ")",
            "stopped after maxPages="
                + options.maxPages()
                + " pages of "
                + options.pageSize()
                + " rows; later rows of this breakdown were not imported",
            ""));
    return rows;
  }

  private JsonNode page(String where, String body) throws SourceException {
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException(where + " interrupted while waiting for the rate limit", true, e);
    }
    FetchRequest request =
        FetchRequest.postJson(options.endpoint(), body)
            .withHeader("Accept", "application/json")
            .withBearerToken(options.apiKey());
    FetchResponse response;
    try {
      response = fetcher.fetch(request);
    } catch (HttpStatusException e) {
      throw new SourceException(
          where + " failed: HTTP " + e.status() + ": " + errorOf(e.clippedBody()),
          e.isRetryable(),
          e);
    } catch (SourceException e) {
      throw new SourceException(where + " failed: " + e.getMessage(), e.isRetryable(), e);
    }
    String text = response.text();
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw new SourceException(
          where
              + " answered malformed JSON: "
              + e.getOriginalMessage()
              + "; expected {\"results\":[...]}; body starts: \""
              + SkippedRecord.clip(text)
              + "\"",
          false,
          e);
    }
    JsonNode results = root == null ? null : root.get("results");
    if (results == null || !results.isArray()) {
      throw new SourceException(
          where
              + " answered no \"results\" array; body starts: \""
              + SkippedRecord.clip(text)
              + "\"",
          false);
    }
    return results;
  }

  /** The request body; the key goes in the header, never here. */
  private String body(PlausibleQuery query, LocalDate from, LocalDate to, int offset) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("site_id", options.siteId());
    query.metrics().forEach(body.putArray("metrics")::add);
    body.putArray("date_range").add(from.toString()).add(to.toString());
    query.dimensions().forEach(body.putArray("dimensions")::add);
    ArrayNode order = body.putArray("order_by");
    order.addArray().add("time:day").add("asc");
    body.putObject("pagination").put("limit", options.pageSize()).put("offset", offset);
    return MAPPER.writeValueAsString(body);
  }

  /** Plausible's {@code error} message from an error body, else the clipped body itself. */
  private static String errorOf(String body) {
    try {
      JsonNode error = MAPPER.readTree(body).path("error");
      if (error.isString() && !error.stringValue().isBlank()) {
        return error.stringValue();
      }
    } catch (JacksonException e) {
      // Not JSON (a proxy's HTML page): quote the body as it is.
    }
    return "\"" + body + "\"";
  }
}
