package org.brandpulse.app.web;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium driven through the Chrome DevTools Protocol over its local WebSocket
 * ({@code --remote-debugging-port=0}; the port is read from the profile's {@code
 * DevToolsActivePort}). Unlike {@code --screenshot}, a tab keeps its cookies between pages, so a
 * test can log in through the real form. See {@link BrowserTab} for what a page reports.
 */
final class DevToolsBrowser implements AutoCloseable {

  /** How long one protocol command may take before the test gives up (a hang guard only). */
  private static final long COMMAND_SECONDS = 120;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final WebSocket socket;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Map<String, Consumer<JsonNode>> sessions = new ConcurrentHashMap<>();
  private final Object sending = new Object();

  private DevToolsBrowser(Process process, URI endpoint) {
    this.process = process;
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(endpoint, new Listener())
            .orTimeout(COMMAND_SECONDS, TimeUnit.SECONDS)
            .join();
  }

  /** The {@code chromium} program on the PATH, if there is one. */
  static Optional<Path> binary() {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, "chromium"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Starts Chromium with a fresh profile in {@code profile} (an empty folder). */
  static DevToolsBrowser launch(Path binary, Path profile)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(
            binary.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--force-color-profile=srgb",
            "--lang=en-US",
            "--user-data-dir=" + profile,
            "--remote-debugging-port=0",
            "about:blank");
    Path log = profile.resolveSibling(profile.getFileName() + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Path active = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(COMMAND_SECONDS);
    while (!isComplete(active)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IOException(
            "chromium wrote no " + active + "; its output:\n" + Files.readString(log));
      }
      Thread.sleep(50);
    }
    List<String> lines = Files.readAllLines(active, StandardCharsets.UTF_8);
    return new DevToolsBrowser(
        process, URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip()));
  }

  private static boolean isComplete(Path active) throws IOException {
    return Files.isRegularFile(active)
        && Files.readAllLines(active, StandardCharsets.UTF_8).size() >= 2;
  }

  /**
   * Opens a tab of {@code width} × {@code height} CSS pixels in a browser context of its own, so
   * that its cookies are its own, like a separate browser's.
   */
  BrowserTab open(int width, int height) {
    String context =
        send(null, "Target.createBrowserContext", o -> {}).path("browserContextId").asString();
    String target =
        send(
                null,
                "Target.createTarget",
                o -> o.put("url", "about:blank").put("browserContextId", context))
            .path("targetId")
            .asString();
    String session =
        send(null, "Target.attachToTarget", o -> o.put("targetId", target).put("flatten", true))
            .path("sessionId")
            .asString();
    BrowserTab tab = new BrowserTab(this, session, width, height);
    sessions.put(session, tab::event);
    tab.start();
    return tab;
  }

  /** Sends one command (to a tab's session, or the browser when null) and waits for its result. */
  JsonNode send(String session, String method, Consumer<ObjectNode> params) {
    return sendAsync(session, method, params).orTimeout(COMMAND_SECONDS, TimeUnit.SECONDS).join();
  }

  /** Sends one command without waiting; the answer completes the returned future. */
  CompletableFuture<JsonNode> sendAsync(
      String session, String method, Consumer<ObjectNode> params) {
    long id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    if (session != null) {
      message.put("sessionId", session);
    }
    params.accept(message.putObject("params"));
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    synchronized (sending) {
      // One send at a time: java.net.http.WebSocket refuses overlapping sends.
      socket.sendText(JSON.writeValueAsString(message), true).join();
    }
    return answer;
  }

  @Override
  public void close() throws InterruptedException {
    try {
      sendAsync(null, "Browser.close", o -> {}).get(10, TimeUnit.SECONDS);
    } catch (Exception alreadyGone) {
      // fall through to the process
    }
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private void received(String text) {
    JsonNode message = JSON.readTree(text);
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asLong());
      if (answer == null) {
        return;
      }
      if (message.has("error")) {
        answer.completeExceptionally(
            new IllegalStateException("DevTools error: " + message.get("error")));
      } else {
        answer.complete(message.path("result"));
      }
    } else if (message.has("sessionId")) {
      Consumer<JsonNode> tab = sessions.get(message.get("sessionId").asString());
      if (tab != null) {
        tab.accept(message);
      }
    }
  }

  /** Joins a message's frames, then hands it on. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder frames = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      frames.append(data);
      if (last) {
        String text = frames.toString();
        frames.setLength(0);
        received(text);
      }
      ws.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      pending.values().forEach(f -> f.completeExceptionally(error));
    }
  }
}
