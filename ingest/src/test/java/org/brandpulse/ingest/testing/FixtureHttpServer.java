package org.brandpulse.ingest.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on 127.0.0.1 and a free port that answers scripted responses and records what
 * it received. Example (compiled in {@code FixtureHttpServerTest}):
 *
 * <pre>{@code
 * try (FixtureHttpServer server = FixtureHttpServer.start()) {
 *   server.on("/api/search").query("q", "acme")
 *       .respond(FixtureResponse.status(429).withHeader("Retry-After", "2"),
 *                FixtureResponse.resource("source/feed/rss2.xml"));
 *   URI uri = server.uri("/api/search?q=acme");
 *   ...
 *   assertThat(server.requests("/api/search")).hasSize(2);
 * }
 * }</pre>
 *
 * <p>A route answers its responses in order and repeats the last one. When several routes match a
 * request, the one with the most conditions wins, then the one added last (so a test can re-script
 * a path). An unmatched request gets a 404 naming it.
 */
public final class FixtureHttpServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Route> routes = new CopyOnWriteArrayList<>();
  private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();

  private FixtureHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fixture-http");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server on 127.0.0.1 and a free port. */
  public static FixtureHttpServer start() {
    try {
      return new FixtureHttpServer();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start fixture HTTP server", e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:<port>} without a trailing slash. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  /** The absolute URI of {@code pathAndQuery} (which starts with {@code /}) on this server. */
  public URI uri(String pathAndQuery) {
    return URI.create(baseUri() + pathAndQuery);
  }

  /** A new route for requests to {@code path} (any method, any query until narrowed). */
  public Route on(String path) {
    Route route = new Route(path, routes.size());
    routes.add(route);
    return route;
  }

  /** Every request received so far, in arrival order. */
  public List<RecordedRequest> requests() {
    return List.copyOf(received);
  }

  /** The requests received for {@code path}. */
  public List<RecordedRequest> requests(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** Forgets the recorded requests (routes stay). */
  public void clearRequests() {
    received.clear();
  }

  @Override
  public void close() {
    executor.shutdownNow();
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      RecordedRequest request =
          new RecordedRequest(
              exchange.getRequestMethod(),
              uri.getPath(),
              uri.getRawQuery(),
              exchange.getRequestHeaders(),
              exchange.getRequestBody().readAllBytes());
      received.add(request);
      FixtureResponse response =
          routes.stream()
              .filter(r -> r.matches(request))
              .max(Comparator.comparingInt(Route::conditions).thenComparingInt(r -> r.order))
              .map(Route::next)
              .orElseGet(() -> FixtureResponse.text("no fixture for " + request).withStatus(404));
      send(exchange, response);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, FixtureResponse response)
      throws IOException, InterruptedException {
    sleep(response.delay());
    byte[] body = response.body();
    if (response.gzip()) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
        gz.write(body);
      }
      body = zipped.toByteArray();
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    int status = response.status();
    if (status == 204 || status == 304 || (body.length == 0 && response.truncateAt() < 0)) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    OutputStream out = exchange.getResponseBody();
    int limit =
        response.truncateAt() >= 0 ? Math.min(response.truncateAt(), body.length) : body.length;
    int half = response.bodyPause().isZero() ? limit : limit / 2;
    out.write(body, 0, half);
    out.flush();
    sleep(response.bodyPause());
    out.write(body, half, limit - half);
    out.flush();
    if (limit < body.length) {
      // Fewer bytes than declared: failing the handler makes the server drop the connection.
      throw new IOException("fixture truncated the body at " + limit + " of " + body.length);
    }
  }

  private static void sleep(Duration d) throws InterruptedException {
    if (!d.isZero()) {
      Thread.sleep(d.toMillis());
    }
  }

  /** Requests to one path, optionally narrowed by method and query parameters. */
  public static final class Route {
    private final String path;
    private final int order;
    private final Map<String, String> query = new LinkedHashMap<>();
    private volatile String method;
    private final List<FixtureResponse> script = new ArrayList<>();
    private int hits;

    private Route(String path, int order) {
      this.path = path;
      this.order = order;
    }

    /** Matches only requests whose query has {@code name} with the decoded {@code value}. */
    public synchronized Route query(String name, String value) {
      query.put(name, value);
      return this;
    }

    /** Matches only requests with {@code method} (e.g. {@code "POST"}). */
    public Route method(String value) {
      this.method = value;
      return this;
    }

    /** Answers {@code first}, then each of {@code then} in turn; the last one repeats. */
    public synchronized Route respond(FixtureResponse first, FixtureResponse... then) {
      script.clear();
      script.add(first);
      script.addAll(List.of(then));
      return this;
    }

    /** How many requests this route answered. */
    public synchronized int hits() {
      return hits;
    }

    private synchronized boolean matches(RecordedRequest request) {
      if (!request.path().equals(path)
          || (method != null && !method.equalsIgnoreCase(request.method()))) {
        return false;
      }
      Map<String, String> params = RecordedRequest.parseQuery(request.query());
      return query.entrySet().stream().allMatch(e -> e.getValue().equals(params.get(e.getKey())));
    }

    private synchronized int conditions() {
      return query.size() + (method == null ? 0 : 1);
    }

    private synchronized FixtureResponse next() {
      if (script.isEmpty()) {
        return FixtureResponse.text("route " + path + " has no response").withStatus(500);
      }
      FixtureResponse response = script.get(Math.min(hits, script.size() - 1));
      hits++;
      return response;
    }
  }
}
