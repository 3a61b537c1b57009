package org.brandpulse.ingest.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.seoaudit.http.CappedBody;
import org.brandpulse.seoaudit.http.ContentDecoding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches URLs for sources, with size and time caps and retries; see the package documentation for
 * the rules. Thread-safe; share one per configuration.
 */
public final class HttpFetcher {

  private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

  private final HttpOptions options;
  private final Sleeper sleeper;
  private final Clock clock;
  private final HttpClient client;

  /** A fetcher that really sleeps and reads the system clock. */
  public HttpFetcher(HttpOptions options) {
    this(options, Sleeper.REAL, Clock.systemUTC());
  }

  /**
   * A fetcher with its waiting and its clock injected.
   *
   * @param sleeper waits between attempts
   * @param clock reads {@code Retry-After} dates against this clock
   */
  public HttpFetcher(HttpOptions options, Sleeper sleeper, Clock clock) {
    this.options = Objects.requireNonNull(options, "options");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  public HttpOptions options() {
    return options;
  }

  /** GETs {@code uri}. */
  public FetchResponse get(URI uri) throws SourceException {
    return fetch(FetchRequest.get(uri));
  }

  /** GETs {@code uri} with extra headers. */
  public FetchResponse get(URI uri, Map<String, String> headers) throws SourceException {
    return fetch(new FetchRequest("GET", uri, headers, null, null));
  }

  /** POSTs a JSON document to {@code uri}. */
  public FetchResponse postJson(URI uri, String json) throws SourceException {
    return fetch(FetchRequest.postJson(uri, json));
  }

  /**
   * Sends {@code request}, retrying as the options say, and returns the first 2xx or 304 answer.
   *
   * @throws HttpStatusException when the server answered with another status (after retries for 429
   *     and 5xx)
   * @throws SourceException when no answer arrived (retryable) or the body was over the cap (not
   *     retryable)
   */
  public FetchResponse fetch(FetchRequest request) throws SourceException {
    String where = request.method() + " " + Redaction.maskUrl(request.uri());
    for (int attempt = 1; ; attempt++) {
      boolean lastAttempt = attempt >= options.maxAttempts();
      Duration wait;
      try {
        HttpResponse<CappedBody.Result> response = send(request);
        int status = response.statusCode();
        byte[] body = decode(response);
        if ((status >= 200 && status < 300) || status == 304) {
          return new FetchResponse(response.uri(), status, response.headers().map(), body);
        }
        wait = waitBeforeRetry(request, attempt, lastAttempt, response, body);
      } catch (IOException e) {
        if (lastAttempt) {
          throw new SourceException(
              where + " failed after " + attempt + " attempt(s), no answer: " + describe(e),
              true,
              e);
        }
        wait = backoff(attempt);
        LOG.info("{} attempt {} failed ({}); retrying in {}", where, attempt, describe(e), wait);
      } catch (TooLargeException e) {
        throw new SourceException(
            where + " failed: response body exceeds maxBodyBytes=" + options.maxBodyBytes(),
            false,
            e);
      }
      sleep(where, wait);
    }
  }

  /**
   * The wait before retrying a non-success answer, or the exception that ends the attempts. A 429
   * or 503 with {@code Retry-After} waits what it asks (RFC 9110 §10.2.3); other 5xx back off.
   */
  private Duration waitBeforeRetry(
      FetchRequest request,
      int attempt,
      boolean lastAttempt,
      HttpResponse<CappedBody.Result> response,
      byte[] body)
      throws HttpStatusException {
    int status = response.statusCode();
    String where = request.method() + " " + Redaction.maskUrl(request.uri());
    Duration retryAfter =
        status == 429 || status == 503
            ? RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock)
            : null;
    boolean retryable = status == 429 || status >= 500;
    boolean tooLong = retryAfter != null && retryAfter.compareTo(options.maxRetryAfter()) > 0;
    if (!retryable || lastAttempt || tooLong) {
      String clipped = Redaction.clipBody(new String(body, StandardCharsets.UTF_8));
      String message =
          where
              + " failed: HTTP "
              + status
              + " after "
              + attempt
              + " attempt(s)"
              + (tooLong
                  ? "; Retry-After "
                      + retryAfter
                      + " exceeds maxRetryAfter "
                      + options.maxRetryAfter()
                  : "")
              + "; body: \""
              + clipped
              + "\"";
      throw new HttpStatusException(
          message, status, Redaction.maskUrl(request.uri()), clipped, retryAfter);
    }
    Duration wait = retryAfter != null ? retryAfter : backoff(attempt);
    LOG.info("{} attempt {} answered HTTP {}; retrying in {}", where, attempt, status, wait);
    return wait;
  }

  private HttpResponse<CappedBody.Result> send(FetchRequest request) throws IOException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri())
            .timeout(options.requestTimeout())
            .header("User-Agent", options.userAgent());
    if (options.gzip()) {
      builder.header("Accept-Encoding", "gzip");
    }
    request.headers().forEach(builder::header);
    if (request.bearerToken() != null) {
      builder.header("Authorization", "Bearer " + request.bearerToken());
    }
    byte[] body = request.body();
    builder.method(
        request.method(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    CompletableFuture<HttpResponse<CappedBody.Result>> future =
        client.sendAsync(
            builder.build(),
            info ->
                new CappedBody(
                    options.maxBodyBytes(),
                    info.headers().firstValueAsLong("Content-Length").orElse(-1)));
    try {
      HttpResponse<CappedBody.Result> response =
          future.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      if (response.body().truncated()) {
        throw new TooLargeException(options.maxBodyBytes());
      }
      return response;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new java.net.http.HttpTimeoutException(
          "no complete answer within requestTimeout " + options.requestTimeout());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the answer", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause);
    }
  }

  /** The body with its {@code Content-Encoding} undone, under the same cap as the raw body. */
  private byte[] decode(HttpResponse<CappedBody.Result> response) {
    String encoding =
        response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
    byte[] body = response.body().bytes();
    if (encoding.isEmpty() || body.length == 0) {
      return body;
    }
    ContentDecoding.Decoded decoded =
        ContentDecoding.decode(encoding, body, options.maxBodyBytes(), false);
    if (decoded.truncated()) {
      throw new TooLargeException(options.maxBodyBytes());
    }
    return decoded.bytes();
  }

  /** The body passed {@code maxBodyBytes}, raw or decoded. */
  static final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long limit) {
      super("body exceeds " + limit + " bytes", null, false, false);
    }
  }

  /** Exponential backoff with jitter: a random wait between half and all of the doubled delay. */
  private Duration backoff(int attempt) {
    long base = options.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, options.maxBackoff().toMillis());
    long half = capped / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
  }

  private void sleep(String where, Duration wait) throws SourceException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException(where + " interrupted while waiting to retry", true, e);
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
