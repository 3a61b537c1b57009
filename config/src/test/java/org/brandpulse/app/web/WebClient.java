package org.brandpulse.app.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser stand-in: real HTTP, its own cookie jar, redirects not followed. */
final class WebClient {

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  WebClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Posts a form with the CSRF token of the page at {@code pagePath}. */
  HttpResponse<String> postWithToken(String pagePath, String path, Map<String, String> form)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(form);
    all.put("_csrf", token(get(pagePath).body()));
    return post(path, all);
  }

  /** Logs in through the login form; returns the login POST's answer. */
  HttpResponse<String> login(String user, String password)
      throws IOException, InterruptedException {
    return postWithToken("/login", "/login", Map.of("username", user, "password", password));
  }

  static String token(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no _csrf field in page: " + html);
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }
}
