package org.brandpulse.ingest.http;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A successful answer: a 2xx, or a 304 to a conditional GET.
 *
 * @param uri the URI that answered (after redirects)
 * @param status the HTTP status
 * @param headers response headers, names compared case-insensitively
 * @param body the body bytes, gzip already decoded; empty for 304
 */
public record FetchResponse(URI uri, int status, Map<String, List<String>> headers, byte[] body) {

  public FetchResponse {
    Objects.requireNonNull(uri, "uri");
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    headers = Collections.unmodifiableMap(copy);
    body = body == null ? new byte[0] : body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The first value of header {@code name}, if present. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** True for 304 Not Modified: the resource did not change since the given validators. */
  public boolean notModified() {
    return status == 304;
  }

  /** The body decoded with the charset named by {@code Content-Type}, else UTF-8. */
  public String text() {
    return new String(body, charset());
  }

  /** The charset named by {@code Content-Type}, else UTF-8. */
  public Charset charset() {
    String type = header("Content-Type").orElse("");
    for (String part : type.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String name = p.substring(8).replace("\"", "").trim();
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FetchResponse r
        && status == r.status
        && uri.toString().equals(r.uri.toString())
        && headers.equals(r.headers)
        && java.util.Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uri.toString(), status, java.util.Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "HTTP " + status + " " + Redaction.maskUrl(uri) + " (" + body.length + " bytes)";
  }
}
