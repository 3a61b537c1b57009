package org.brandpulse.seoaudit.crawl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.brandpulse.seoaudit.http.CappedBody;
import org.brandpulse.seoaudit.http.ContentDecoding;

/**
 * The {@link Fetcher} on the JDK's {@link HttpClient} (HTTP/1.1, no redirects, no cookies).
 *
 * <p>Hostile servers are bounded: the whole exchange must finish within the request's timeout (a
 * server that trickles its body is cut off), the body is read through a {@link CappedBody} that
 * stops at the cap, and {@code Content-Encoding: gzip/deflate} is decoded by {@link
 * ContentDecoding} with the same cap on the decoded size, so a gzip bomb yields a truncated body.
 */
public final class JdkHttpFetcher implements Fetcher {

  private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

  /** A fetcher; one connection pool per distinct connect timeout. */
  public JdkHttpFetcher() {}

  @Override
  public RawResponse fetch(FetchRequest request) throws IOException, InterruptedException {
    HttpClient client =
        clients.computeIfAbsent(request.connectTimeout(), JdkHttpFetcher::newClient);
    HttpRequest httpRequest;
    try {
      httpRequest =
          HttpRequest.newBuilder(URI.create(request.url()))
              .method(request.method(), HttpRequest.BodyPublishers.noBody())
              .timeout(request.timeout())
              .header("User-Agent", request.userAgent())
              .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
              .header("Accept-Encoding", "gzip, deflate")
              .build();
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot request " + request.url() + ": " + e.getMessage(), e);
    }
    long start = System.nanoTime();
    long rawCap = Math.max(request.maxBytes(), 1);
    CappedBody[] body = new CappedBody[1];
    var future =
        client.sendAsync(
            httpRequest,
            info -> {
              long length = contentLength(info.headers());
              if (info.headers().firstValue("content-encoding").isPresent()) {
                length = -1; // compressed: the decoded size is what the cap is about
              }
              CappedBody b = new CappedBody(request.method().equals("HEAD") ? 0 : rawCap, length);
              body[0] = b;
              return b;
            });
    HttpResponse<CappedBody.Result> response;
    try {
      response = future.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      cancel(future, body[0]);
      throw timeout(request);
    } catch (InterruptedException e) {
      cancel(future, body[0]);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException) {
        // The client's own timer can win the race against ours: same event, same message.
        throw timeout(request);
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException("request to " + request.url() + " failed: " + cause, cause);
    }
    ResponseHeaders headers = new ResponseHeaders(response.headers().map());
    CappedBody.Result raw = response.body();
    byte[] bytes = raw.bytes();
    boolean truncated = raw.truncated();
    String encoding = headers.first("content-encoding").orElse("").toLowerCase(Locale.ROOT).strip();
    if (!encoding.isEmpty() && !encoding.equals("identity") && bytes.length > 0) {
      ContentDecoding.Decoded decoded =
          ContentDecoding.decode(encoding, bytes, request.maxBytes(), truncated);
      bytes = decoded.bytes();
      truncated = decoded.truncated();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new RawResponse(response.statusCode(), headers, bytes, truncated, millis);
  }

  private static HttpTimeoutException timeout(FetchRequest request) {
    return new HttpTimeoutException(
        "no complete response from "
            + request.url()
            + " within "
            + request.timeout().toMillis()
            + " ms");
  }

  private static long contentLength(java.net.http.HttpHeaders headers) {
    try {
      return headers.firstValueAsLong("content-length").orElse(-1);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void cancel(java.util.concurrent.Future<?> future, CappedBody body) {
    if (body != null) {
      body.cancel();
    }
    future.cancel(true);
  }

  private static HttpClient newClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .build();
  }

  @Override
  public void close() {
    clients.clear();
  }
}
