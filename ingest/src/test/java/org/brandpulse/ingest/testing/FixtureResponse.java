package org.brandpulse.ingest.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One scripted answer of a {@link FixtureHttpServer}. Build it from a factory ({@link
 * #resource(String)}, {@link #json(String)}, {@link #text(String)}, {@link #status(int)}) and
 * adjust it with the {@code with...} methods.
 *
 * @param status the HTTP status
 * @param headers response headers (one value each)
 * @param body the body bytes
 * @param truncateAt when >= 0, declare the full length but send only this many bytes and drop the
 *     connection; -1 to send everything
 * @param delay wait before sending the status line (a slow server)
 * @param bodyPause wait after sending the first half of the body (a slow body)
 * @param gzip send the body gzip-encoded with {@code Content-Encoding: gzip}
 */
public record FixtureResponse(
    int status,
    Map<String, String> headers,
    byte[] body,
    int truncateAt,
    Duration delay,
    Duration bodyPause,
    boolean gzip) {

  public FixtureResponse {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100..599, was " + status);
    }
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body.clone();
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(bodyPause, "bodyPause");
  }

  /** An empty answer with {@code status}. */
  public static FixtureResponse status(int status) {
    return new FixtureResponse(
        status, Map.of(), new byte[0], -1, Duration.ZERO, Duration.ZERO, false);
  }

  /** 200 with a UTF-8 {@code text/plain} body. */
  public static FixtureResponse text(String body) {
    return status(200).withBody(body).withHeader("Content-Type", "text/plain; charset=utf-8");
  }

  /** 200 with an {@code application/json} body. */
  public static FixtureResponse json(String body) {
    return status(200).withBody(body).withHeader("Content-Type", "application/json; charset=utf-8");
  }

  /**
   * 200 with the bytes of a classpath resource (e.g. {@code "source/feed/rss2.xml"}); the content
   * type follows the extension (json, xml, rss, atom, csv, html, else text).
   */
  public static FixtureResponse resource(String classpathPath) {
    String path = classpathPath.startsWith("/") ? classpathPath.substring(1) : classpathPath;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    InputStream in = loader == null ? null : loader.getResourceAsStream(path);
    if (in == null) {
      in = FixtureResponse.class.getClassLoader().getResourceAsStream(path);
    }
    if (in == null) {
      throw new IllegalArgumentException("no classpath resource " + path);
    }
    try (InputStream stream = in) {
      return status(200).withBody(stream.readAllBytes()).withHeader("Content-Type", typeOf(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + path, e);
    }
  }

  private static String typeOf(String path) {
    String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "json" -> "application/json; charset=utf-8";
      case "xml" -> "application/xml; charset=utf-8";
      case "rss" -> "application/rss+xml; charset=utf-8";
      case "atom" -> "application/atom+xml; charset=utf-8";
      case "csv" -> "text/csv; charset=utf-8";
      case "html", "htm" -> "text/html; charset=utf-8";
      default -> "text/plain; charset=utf-8";
    };
  }

  public FixtureResponse withStatus(int value) {
    return new FixtureResponse(value, headers, body, truncateAt, delay, bodyPause, gzip);
  }

  /** A copy with header {@code name} set (replacing an earlier value). */
  public FixtureResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.keySet().removeIf(k -> k.equalsIgnoreCase(name));
    copy.put(name, value);
    return new FixtureResponse(status, copy, body, truncateAt, delay, bodyPause, gzip);
  }

  public FixtureResponse withBody(byte[] value) {
    return new FixtureResponse(status, headers, value, truncateAt, delay, bodyPause, gzip);
  }

  /** A copy with a UTF-8 body. */
  public FixtureResponse withBody(String value) {
    return withBody(value.getBytes(StandardCharsets.UTF_8));
  }

  /** A copy that declares the full length but sends only {@code bytes} bytes. */
  public FixtureResponse truncatedAt(int bytes) {
    return new FixtureResponse(status, headers, body, bytes, delay, bodyPause, gzip);
  }

  /** A copy that waits {@code value} before answering. */
  public FixtureResponse delayed(Duration value) {
    return new FixtureResponse(status, headers, body, truncateAt, value, bodyPause, gzip);
  }

  /** A copy that pauses {@code value} in the middle of the body. */
  public FixtureResponse withSlowBody(Duration value) {
    return new FixtureResponse(status, headers, body, truncateAt, delay, value, gzip);
  }

  /** A copy sent gzip-encoded. */
  public FixtureResponse gzipped() {
    return new FixtureResponse(status, headers, body, truncateAt, delay, bodyPause, true);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }
}
