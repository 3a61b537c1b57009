package org.brandpulse.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tab of a {@link DevToolsBrowser}. While a page loads the tab collects what a person would
 * call broken: uncaught script errors, {@code console.error}, error log entries (blocked by the
 * Content-Security-Policy, a stylesheet that did not load) and any {@code alert}/{@code confirm}
 * dialog, which it dismisses and records. The document's own HTTP status is kept apart ({@link
 * #status()}), so that an error page's 404 is not a problem of its own.
 */
final class BrowserTab {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final long LOAD_SECONDS = 120;

  private final DevToolsBrowser browser;
  private final String session;
  private final int width;
  private final int height;
  private final List<String> problems = new ArrayList<>();
  private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
  private volatile String documentUrl = "";
  private volatile int status;

  BrowserTab(DevToolsBrowser browser, String session, int width, int height) {
    this.browser = browser;
    this.session = session;
    this.width = width;
    this.height = height;
  }

  void start() {
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      send(domain + ".enable", o -> {});
    }
    viewport(height);
  }

  /** Loads {@code url} and waits for its load event. */
  void visit(String url) {
    CompletableFuture<Void> load = arm();
    JsonNode answer = send("Page.navigate", o -> o.put("url", url));
    if (answer.hasNonNull("errorText")) {
      throw new IllegalStateException("could not load " + url + ": " + answer.get("errorText"));
    }
    load.orTimeout(LOAD_SECONDS, TimeUnit.SECONDS).join();
  }

  /**
   * Types {@code values} into the named fields of the form matching {@code selector} and submits it
   * the way a click on its button does; waits for the next page's load event.
   */
  void submit(String selector, Map<String, String> values) {
    String script =
        "(() => { const form = document.querySelector("
            + JSON.writeValueAsString(selector)
            + "); const values = "
            + JSON.writeValueAsString(values)
            + "; for (const [name, value] of Object.entries(values)) {"
            + " form.elements[name].value = value; } form.requestSubmit(); })()";
    CompletableFuture<Void> load = arm();
    evaluate(script);
    load.orTimeout(LOAD_SECONDS, TimeUnit.SECONDS).join();
  }

  /** The result of a script expression, by value (promises awaited). */
  JsonNode evaluate(String expression) {
    JsonNode answer =
        send(
            "Runtime.evaluate",
            o ->
                o.put("expression", expression)
                    .put("returnByValue", true)
                    .put("awaitPromise", true));
    if (answer.has("exceptionDetails")) {
      throw new IllegalStateException(
          "script failed: " + answer.get("exceptionDetails") + "\n" + expression);
    }
    return answer.path("result").path("value");
  }

  /** The page's visible text ({@code innerText}: escaped markup shows as the characters). */
  String text() {
    return evaluate("document.body.innerText").asString();
  }

  /** The URL the page ended on (after redirects). */
  String url() {
    return evaluate("location.href").asString();
  }

  /** The HTTP status of the last document. */
  int status() {
    return status;
  }

  /** What went wrong since the last {@link #visit} or {@link #submit}. */
  List<String> problems() {
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }

  /** Writes a PNG of the whole page (taller than the window when the page is). */
  void screenshot(Path png) throws IOException {
    JsonNode metrics = send("Page.getLayoutMetrics", o -> {});
    int full = (int) Math.ceil(metrics.path("cssContentSize").path("height").asDouble(height));
    viewport(Math.max(height, full));
    try {
      JsonNode shot = send("Page.captureScreenshot", o -> o.put("format", "png"));
      Files.createDirectories(png.toAbsolutePath().getParent());
      Files.write(png, Base64.getDecoder().decode(shot.path("data").asString()));
    } finally {
      viewport(height);
    }
  }

  private void viewport(int h) {
    send(
        "Emulation.setDeviceMetricsOverride",
        o ->
            o.put("width", width)
                .put("height", h)
                .put("deviceScaleFactor", 1)
                .put("mobile", false));
  }

  private CompletableFuture<Void> arm() {
    synchronized (problems) {
      problems.clear();
    }
    CompletableFuture<Void> load = new CompletableFuture<>();
    loaded = load;
    return load;
  }

  private JsonNode send(String method, Consumer<ObjectNode> params) {
    return browser.send(session, method, params);
  }

  /** Called on the WebSocket's thread for each event of this tab's session. */
  void event(JsonNode message) {
    JsonNode p = message.path("params");
    switch (message.path("method").asString()) {
      case "Page.loadEventFired" -> loaded.complete(null);
      case "Page.javascriptDialogOpening" -> {
        problem("a " + p.path("type").asString() + " dialog opened: " + p.path("message"));
        browser.sendAsync(session, "Page.handleJavaScriptDialog", o -> o.put("accept", true));
      }
      case "Runtime.exceptionThrown" ->
          problem(
              "script error: " + p.path("exceptionDetails").path("exception").path("description"));
      case "Runtime.consoleAPICalled" -> {
        String type = p.path("type").asString();
        if (type.equals("error") || type.equals("assert")) {
          problem("console." + type + ": " + p.path("args"));
        }
      }
      case "Log.entryAdded" -> {
        JsonNode entry = p.path("entry");
        // The document's own status (an error page's 404) is asserted apart, not a problem.
        boolean documentStatus =
            entry.path("source").asString().equals("network")
                && entry.path("url").asString().equals(documentUrl);
        if (entry.path("level").asString().equals("error") && !documentStatus) {
          problem(
              entry.path("source").asString()
                  + ": "
                  + entry.path("text").asString()
                  + " "
                  + entry.path("url").asString());
        }
      }
      case "Network.responseReceived" -> {
        if (p.path("type").asString().equals("Document")) {
          documentUrl = p.path("response").path("url").asString();
          status = p.path("response").path("status").asInt();
        }
      }
      default -> {}
    }
  }

  private void problem(String text) {
    synchronized (problems) {
      problems.add(text);
    }
  }
}
