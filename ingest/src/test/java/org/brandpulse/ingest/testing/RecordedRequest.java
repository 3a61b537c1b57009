package org.brandpulse.ingest.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request the {@link FixtureHttpServer} received.
 *
 * @param method the HTTP method
 * @param path the decoded path
 * @param query the raw query string, or "" for none
 * @param headers request headers, names compared case-insensitively
 * @param body the request body bytes
 */
public record RecordedRequest(
    String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

  public RecordedRequest {
    query = query == null ? "" : query;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    headers = Collections.unmodifiableMap(copy);
    body = body.clone();
  }

  /** The first value of header {@code name}. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The decoded value of query parameter {@code name}. */
  public Optional<String> queryParam(String name) {
    return Optional.ofNullable(parseQuery(query).get(name));
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query);
  }

  /** Parses {@code a=1&b=x%20y} into decoded name/value pairs (the first value of each name). */
  static Map<String, String> parseQuery(String query) {
    Map<String, String> params = new TreeMap<>();
    if (query == null || query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.putIfAbsent(name, value);
    }
    return params;
  }
}
