package org.brandpulse.ingest.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One request for an {@link HttpFetcher}: {@link #get(URI)} or {@link #postJson(URI, String)}, plus
 * headers and an optional bearer token. Immutable; the {@code with...} methods return copies.
 *
 * @param method {@code GET} or {@code POST}
 * @param uri an absolute http(s) URI
 * @param headers extra headers (names compared case-insensitively)
 * @param body the request body, or null for none
 * @param bearerToken sent as {@code Authorization: Bearer ...}, never logged or reported; or null
 */
public record FetchRequest(
    String method, URI uri, Map<String, String> headers, byte[] body, String bearerToken) {

  public FetchRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    method = method.toUpperCase(Locale.ROOT);
    if (!method.equals("GET") && !method.equals("POST")) {
      throw new IllegalArgumentException("method must be GET or POST, was " + method);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "only http(s) URLs can be fetched, was " + Redaction.maskUrl(uri));
    }
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    headers = java.util.Collections.unmodifiableMap(copy);
    body = body == null ? null : body.clone();
  }

  /** A GET of {@code uri}. */
  public static FetchRequest get(URI uri) {
    return new FetchRequest("GET", uri, Map.of(), null, null);
  }

  /** A POST of a JSON document to {@code uri}, with {@code Content-Type: application/json}. */
  public static FetchRequest postJson(URI uri, String json) {
    return new FetchRequest("POST", uri, Map.of(), json.getBytes(StandardCharsets.UTF_8), null)
        .withHeader("Content-Type", "application/json; charset=utf-8");
  }

  /** A copy with the header {@code name} set to {@code value}. */
  public FetchRequest withHeader(String name, String value) {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    copy.put(name, value);
    return new FetchRequest(method, uri, copy, body, bearerToken);
  }

  /** A copy that sends {@code token} as a bearer token; null removes it. */
  public FetchRequest withBearerToken(String token) {
    return new FetchRequest(method, uri, headers, body, token);
  }

  @Override
  public byte[] body() {
    return body == null ? null : body.clone();
  }

  /** Never shows the token or header values. */
  @Override
  public String toString() {
    return method + " " + Redaction.maskUrl(uri) + " headers=" + headers.keySet();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FetchRequest r
        && method.equals(r.method)
        && uri.toString().equals(r.uri.toString())
        && headers.equals(r.headers)
        && java.util.Arrays.equals(body, r.body)
        && Objects.equals(bearerToken, r.bearerToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, uri.toString(), headers, java.util.Arrays.hashCode(body));
  }
}
