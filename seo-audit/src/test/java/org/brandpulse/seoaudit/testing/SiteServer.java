package org.brandpulse.seoaudit.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * A local HTTP server on 127.0.0.1 (a free port) for crawler and audit tests.
 *
 * <p>Answers, in this order: a scripted response for the exact path and query ({@link #on}), one
 * for the path, a {@link #dynamic} function, a file under the served folder ({@code /} and
 * directories serve {@code index.html}), else 404. Every request is logged ({@link #requests()}).
 *
 * <pre>{@code
 * try (SiteServer site = SiteServer.start()) {
 *   site.on("/", Response.html("<a href=/a>a</a>"));
 *   site.on("/a", Response.redirect(301, "/b"));
 *   site.on("/robots.txt", Response.text("User-agent: *\nDisallow: /private"));
 *   new Crawler(options.withStartUrl(site.url("/")), new JdkHttpFetcher()).crawl(listener);
 * }
 * }</pre>
 */
public final class SiteServer implements AutoCloseable {

  /**
   * A scripted response.
   *
   * @param status the status code
   * @param headers headers to send (Content-Length is set automatically)
   * @param body the body bytes
   * @param delay pause before sending the headers
   * @param gzip whether to gzip the body and send Content-Encoding: gzip
   * @param trickle when positive, send the body in 1-byte chunks with this pause between them
   */
  public record Response(
      int status,
      Map<String, List<String>> headers,
      byte[] body,
      Duration delay,
      boolean gzip,
      Duration trickle) {

    /** Copies. */
    public Response {
      headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
      body = body == null ? new byte[0] : body;
      delay = delay == null ? Duration.ZERO : delay;
      trickle = trickle == null ? Duration.ZERO : trickle;
    }

    /** 200 text/html; charset=utf-8. */
    public static Response html(String html) {
      return of(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** 200 text/plain; charset=utf-8. */
    public static Response text(String text) {
      return of(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A status with a body of the given type. */
    public static Response of(int status, String contentType, byte[] body) {
      Map<String, List<String>> h = new LinkedHashMap<>();
      if (contentType != null) {
        h.put("Content-Type", List.of(contentType));
      }
      return new Response(status, h, body, Duration.ZERO, false, Duration.ZERO);
    }

    /** A bare status with an empty body. */
    public static Response status(int status) {
      return of(status, "text/plain", new byte[0]);
    }

    /** A redirect to {@code location} (sent as given, may be relative). */
    public static Response redirect(int status, String location) {
      return status(status).header("Location", location);
    }

    /** A copy with header {@code name} added. */
    public Response header(String name, String value) {
      Map<String, List<String>> h = new LinkedHashMap<>(headers);
      List<String> values = new ArrayList<>(h.getOrDefault(name, List.of()));
      values.add(value);
      h.put(name, values);
      return new Response(status, h, body, delay, gzip, trickle);
    }

    /** A copy that waits {@code d} before answering. */
    public Response delayed(Duration d) {
      return new Response(status, headers, body, d, gzip, trickle);
    }

    /** A copy sent gzip-compressed. */
    public Response gzipped() {
      return new Response(status, headers, body, delay, true, trickle);
    }

    /** A copy whose body trickles one byte per {@code pause}. */
    public Response trickled(Duration pause) {
      return new Response(status, headers, body, delay, gzip, pause);
    }
  }

  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs:
    // ~40 ms per keep-alive request. Read once, when the first server is created.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Response> routes = new ConcurrentHashMap<>();
  private final Map<String, String> defaultHeaders = new ConcurrentHashMap<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile Path folder;
  private volatile Function<String, Optional<Response>> dynamic = p -> Optional.empty();

  private SiteServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts an empty server (everything 404 until configured). */
  public static SiteServer start() {
    try {
      HttpServer s =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
      ExecutorService ex =
          Executors.newFixedThreadPool(
              16,
              r -> {
                Thread t = new Thread(r, "site-server");
                t.setDaemon(true);
                return t;
              });
      SiteServer site = new SiteServer(s, ex);
      s.createContext("/", site::handle);
      s.setExecutor(ex);
      s.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a local HTTP server", e);
    }
  }

  /** Starts a server for the files under {@code folder}. */
  public static SiteServer serving(Path folder) {
    return start().folder(folder);
  }

  /** Serves the files under {@code dir}. */
  public SiteServer folder(Path dir) {
    this.folder = dir.toAbsolutePath().normalize();
    return this;
  }

  /** Scripts the response for a path, or path and query ({@code /a?b=1}). */
  public SiteServer on(String pathAndQuery, Response response) {
    routes.put(pathAndQuery, response);
    return this;
  }

  /** Answers requests not scripted with {@link #on} (gets the raw path and query). */
  public SiteServer dynamic(Function<String, Optional<Response>> responder) {
    this.dynamic = responder;
    return this;
  }

  /** Adds a header to every response (e.g. {@code LinkChecker: allow}). */
  public SiteServer defaultHeader(String name, String value) {
    defaultHeaders.put(name, value);
    return this;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The absolute URL of {@code path}. */
  public String url(String path) {
    return base() + path;
  }

  /** The port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Requests received so far as {@code METHOD /path?query}, in arrival order. */
  public List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** How many requests (any method) asked for {@code pathAndQuery}. */
  public long count(String pathAndQuery) {
    return requests().stream()
        .filter(r -> r.substring(r.indexOf(' ') + 1).equals(pathAndQuery))
        .count();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String raw =
          ex.getRequestURI().getRawPath()
              + (ex.getRequestURI().getRawQuery() == null
                  ? ""
                  : "?" + ex.getRequestURI().getRawQuery());
      requests.add(ex.getRequestMethod() + " " + raw);
      Response r = routes.get(raw);
      if (r == null) {
        r = routes.get(ex.getRequestURI().getRawPath());
      }
      if (r == null) {
        r = dynamic.apply(raw).orElse(null);
      }
      if (r == null) {
        r = file(ex.getRequestURI().getPath());
      }
      send(ex, r);
    }
  }

  private Response file(String path) throws IOException {
    Path root = folder;
    if (root == null) {
      return Response.of(
          404, "text/html; charset=utf-8", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
    }
    Path p = root.resolve(path.replaceFirst("^/+", "")).normalize();
    if (!p.startsWith(root)) {
      return Response.status(403);
    }
    if (Files.isDirectory(p)) {
      p = p.resolve("index.html");
    }
    if (!Files.isRegularFile(p)) {
      return Response.of(
          404, "text/html; charset=utf-8", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
    }
    return Response.of(200, contentType(p.getFileName().toString()), Files.readAllBytes(p));
  }

  static String contentType(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return "text/html; charset=utf-8";
    } else if (n.endsWith(".css")) {
      return "text/css";
    } else if (n.endsWith(".js")) {
      return "application/javascript";
    } else if (n.endsWith(".xml")) {
      return "application/xml";
    } else if (n.endsWith(".gz")) {
      return "application/gzip";
    } else if (n.endsWith(".txt")) {
      return "text/plain; charset=utf-8";
    } else if (n.endsWith(".png")) {
      return "image/png";
    } else if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
      return "image/jpeg";
    } else if (n.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (n.endsWith(".json")) {
      return "application/json";
    }
    return "application/octet-stream";
  }

  private void send(HttpExchange ex, Response r) throws IOException {
    try {
      if (!r.delay().isZero()) {
        Thread.sleep(r.delay().toMillis());
      }
      defaultHeaders.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      r.headers().forEach((k, vs) -> vs.forEach(v -> ex.getResponseHeaders().add(k, v)));
      byte[] body = r.body();
      if (r.gzip()) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
          gz.write(body);
        }
        body = buf.toByteArray();
        ex.getResponseHeaders().add("Content-Encoding", "gzip");
      }
      boolean head = ex.getRequestMethod().equalsIgnoreCase("HEAD");
      boolean noBody = head || r.status() == 204 || r.status() == 304;
      if (head && body.length > 0) {
        ex.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
      }
      ex.sendResponseHeaders(r.status(), noBody ? -1 : body.length == 0 ? -1 : body.length);
      if (noBody || body.length == 0) {
        return;
      }
      OutputStream out = ex.getResponseBody();
      if (r.trickle().isZero()) {
        out.write(body);
      } else {
        for (byte b : body) {
          out.write(b);
          out.flush();
          Thread.sleep(r.trickle().toMillis());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client hung up (size cap, timeout): expected in tests
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
