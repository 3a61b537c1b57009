package org.brandpulse.seoaudit.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brandpulse.seoaudit.crawl.FetchRequest;
import org.brandpulse.seoaudit.crawl.Fetcher;
import org.brandpulse.seoaudit.crawl.JdkHttpFetcher;
import org.brandpulse.seoaudit.crawl.RawResponse;
import org.brandpulse.seoaudit.testing.SiteServer;
import org.brandpulse.seoaudit.testing.SiteServer.Response;

/**
 * The audit fixture site ({@code src/test/resources/site/}) on a {@link SiteServer}, with the
 * planted server-side defects scripted (errors, timeouts, redirects, slow and mistyped responses,
 * images). Text files are templates: {@code {{base}}} (http origin), {@code {{secure}}} (the https
 * origin, see {@link #fetcher()}), {@code {{self}}} (the requested URL), {@code {{elements:N}}},
 * {@code {{padding:N}}} and {@code {{links:N}}} expand to N elements, N bytes of comment text and N
 * links.
 */
final class FixtureSite implements AutoCloseable {

  static final Duration SLOW = Duration.ofMillis(3_500);
  static final Duration HANG = Duration.ofMillis(7_500);

  private static final Pattern REPEAT = Pattern.compile("\\{\\{(elements|padding|links):(\\d+)}}");

  final SiteServer server = SiteServer.start();

  FixtureSite() {
    server
        .on("/error.html", Response.status(500))
        .on("/timeout.html", Response.html("<p>too late</p>").delayed(HANG))
        .on("/old.html", Response.redirect(301, "/clean-2.html"))
        .on("/chain-1", Response.redirect(301, "/chain-2"))
        .on("/chain-2", Response.redirect(301, "/chain-end.html"))
        .on("/loop-a", Response.redirect(302, "/loop-b"))
        .on("/loop-b", Response.redirect(302, "/loop-a"))
        .on("/slow.html", Response.html(render("/slow.html")).delayed(SLOW))
        .on(
            "/text-served.html",
            Response.of(200, "text/plain; charset=utf-8", bytes(render("/text-served.html"))))
        .on("/img/ok.png", Response.of(200, "image/png", new byte[300]))
        .on("/img/photo.png", Response.of(200, "image/png", new byte[2_000]))
        .on(
            "/img/large.png",
            Response.of(200, "image/png", new byte[150 * 1024])
                // JDK HttpServer sends no Content-Length on HEAD; real servers do
                .header("Content-Length", String.valueOf(150 * 1024)))
        .dynamic(this::file);
  }

  /** The http origin, e.g. {@code http://127.0.0.1:41234}. */
  String base() {
    return server.base();
  }

  /** The https origin the {@link #fetcher()} maps onto the same server. */
  String secure() {
    return server.base().replace("http://", "https://");
  }

  /** A fetcher that serves {@link #secure()} URLs from the plain http server. */
  Fetcher fetcher() {
    JdkHttpFetcher http = new JdkHttpFetcher();
    String secure = secure();
    String base = base();
    return new Fetcher() {
      @Override
      public RawResponse fetch(FetchRequest r) throws IOException, InterruptedException {
        String url =
            r.url().startsWith(secure) ? base + r.url().substring(secure.length()) : r.url();
        return http.fetch(
            new FetchRequest(
                url, r.method(), r.userAgent(), r.connectTimeout(), r.timeout(), r.maxBytes()));
      }

      @Override
      public void close() {
        http.close();
      }
    };
  }

  private Optional<Response> file(String rawPathAndQuery) {
    String path = URI.create("http://x" + rawPathAndQuery).getPath();
    if (path.endsWith("/")) {
      path += "index.html";
    }
    String text = resource(path);
    if (text == null) {
      return Optional.empty();
    }
    String self = (path.startsWith("/secure/") ? secure() : base()) + rawPathAndQuery;
    String body = expand(text).replace("{{self}}", self);
    String type =
        path.endsWith(".xml")
            ? "application/xml"
            : path.endsWith(".txt") ? "text/plain; charset=utf-8" : "text/html; charset=utf-8";
    return Optional.of(Response.of(200, type, bytes(body)));
  }

  private String render(String path) {
    return expand(resource(path)).replace("{{self}}", base() + path);
  }

  private String expand(String text) {
    text = text.replace("{{base}}", base()).replace("{{secure}}", secure());
    Matcher m = REPEAT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group(2));
      StringBuilder r = new StringBuilder();
      for (int i = 0; i < n; i++) {
        switch (m.group(1)) {
          case "elements" -> r.append("<span></span>");
          case "links" ->
              r.append("<li><a href=\"/clean-2.html#s")
                  .append(i)
                  .append("\">Section ")
                  .append(i)
                  .append("</a></li>");
          default -> {
            r.append("x");
          }
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(r.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String resource(String path) {
    try (InputStream in = FixtureSite.class.getResourceAsStream("/site" + path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture /site" + path, e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
  }
}
