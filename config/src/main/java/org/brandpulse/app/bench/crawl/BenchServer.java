package org.brandpulse.app.bench.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A minimal local HTTP server for the benchmark: a folder or a generated site on 127.0.0.1, every
 * response carrying {@code LinkChecker: allow} (which lets linkchecker lift its rate limit).
 */
public final class BenchServer implements AutoCloseable {

  static {
    // the JDK server otherwise waits for delayed ACKs (~40 ms per keep-alive request)
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private BenchServer(Function<String, Optional<byte[]>> pages) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    executor =
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, "bench-server");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", ex -> handle(ex, pages));
    server.start();
  }

  /** Serves the files under {@code folder}. */
  public static BenchServer folder(Path folder) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    return new BenchServer(
        path -> {
          Path p = root.resolve(path.replaceFirst("^/+", "")).normalize();
          if (Files.isDirectory(p)) {
            p = p.resolve("index.html");
          }
          try {
            return p.startsWith(root) && Files.isRegularFile(p)
                ? Optional.of(Files.readAllBytes(p))
                : Optional.empty();
          } catch (IOException e) {
            return Optional.empty();
          }
        });
  }

  /** Serves a generated site. */
  public static BenchServer synthetic(SyntheticSite site) throws IOException {
    return new BenchServer(site::page);
  }

  /** The absolute URL of {@code path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static void handle(HttpExchange ex, Function<String, Optional<byte[]>> pages)
      throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      Optional<byte[]> body = pages.apply(path);
      ex.getResponseHeaders().add("LinkChecker", "allow");
      byte[] bytes =
          body.orElse("<h1>Not found</h1>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      ex.getResponseHeaders().add("Content-Type", contentType(path));
      boolean head = ex.getRequestMethod().equals("HEAD");
      ex.sendResponseHeaders(body.isPresent() ? 200 : 404, head ? -1 : bytes.length);
      if (!head) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  private static String contentType(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".css")) {
      return "text/css";
    } else if (p.endsWith(".png")) {
      return "image/png";
    } else if (p.endsWith(".txt")) {
      return "text/plain";
    }
    return "text/html; charset=utf-8";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
