package org.brandpulse.ingest.store.elasticsearch;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Elasticsearch server for the ITs, started once per JVM (test run) and stopped by a
 * shutdown hook.
 *
 * <p>The distribution is the {@code integ-test-zip} that failsafe's {@code pre-integration-test}
 * phase unpacks into {@code ${project.build.directory}/elasticsearch} (system property {@code
 * brandpulse.es.home}). It needs Java 21+: {@link EsJava} finds one. Elasticsearch refuses to run
 * as root, so under root the distribution and the run folder are handed to an unprivileged user and
 * the server runs through {@code runuser}. Security is off, discovery is single-node, HTTP and
 * transport listen on free ports of 127.0.0.1, data and logs live in a fresh folder under the build
 * dir. Tests are skipped (not failed) when the distribution or a Java 21+ runtime is missing.
 */
public final class ElasticsearchServer {

  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static ElasticsearchServer shared;

  private final URI url;
  private final Process process;
  private final Path runDir;

  private ElasticsearchServer(URI url, Process process, Path runDir) {
    this.url = url;
    this.process = process;
    this.runDir = runDir;
  }

  /** The server of this test run, started on first use; skips the test when it cannot run. */
  public static synchronized ElasticsearchServer shared() throws IOException, InterruptedException {
    String external = System.getProperty("brandpulse.es.url");
    if (shared == null && external != null && !external.isBlank()) {
      shared = new ElasticsearchServer(URI.create(external), null, null);
    }
    if (shared == null) {
      ElasticsearchServer server = start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "elasticsearch-stop"));
      shared = server;
    }
    return shared;
  }

  /** The HTTP address, e.g. {@code http://127.0.0.1:41234}. */
  public URI url() {
    return url;
  }

  private static ElasticsearchServer start() throws IOException, InterruptedException {
    String homeProperty = System.getProperty("brandpulse.es.home");
    Assumptions.assumeTrue(
        homeProperty != null,
        "system property brandpulse.es.home is not set: run the Elasticsearch ITs through failsafe"
            + " (mvn verify), which unpacks the server distribution");
    Path home = distribution(Path.of(homeProperty));
    Path java = EsJava.find();
    Assumptions.assumeTrue(
        java != null,
        "no Java 21+ runtime for Elasticsearch: set -Dbrandpulse.es.java or ES_JAVA_HOME, or"
            + " install one under /usr/lib/jvm");
    int httpPort = freePort();
    Path runDir = home.resolveSibling("run-" + httpPort);
    Files.createDirectories(runDir.resolve("data"));
    Files.createDirectories(runDir.resolve("logs"));
    String user = EsUser.prepare(home, runDir);
    List<String> command = new ArrayList<>();
    if (user != null) {
      command.addAll(List.of("runuser", "-u", user, "--"));
    }
    command.add(home.resolve("bin/elasticsearch").toString());
    for (String setting :
        List.of(
            "discovery.type=single-node",
            "xpack.security.enabled=false",
            "cluster.name=brandpulse-it",
            "network.host=127.0.0.1",
            "http.port=" + httpPort,
            "transport.port=" + freePort(),
            "path.data=" + runDir.resolve("data"),
            "path.logs=" + runDir.resolve("logs"),
            "cluster.routing.allocation.disk.threshold_enabled=false",
            "action.destructive_requires_name=false")) {
      command.add("-E");
      command.add(setting);
    }
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(runDir.resolve("console.log").toFile());
    Map<String, String> env = pb.environment();
    env.put("ES_JAVA_HOME", java.toString());
    env.put("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
    env.remove("JAVA_HOME");
    ElasticsearchServer server =
        new ElasticsearchServer(URI.create("http://127.0.0.1:" + httpPort), pb.start(), runDir);
    try {
      server.awaitYellow();
    } catch (IOException | RuntimeException e) {
      server.stop();
      throw e;
    }
    return server;
  }

  private static Path distribution(Path unpacked) throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(unpacked),
        "Elasticsearch distribution not unpacked at " + unpacked + ": run mvn verify");
    try (Stream<Path> dirs = Files.list(unpacked)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("bin/elasticsearch")))
          .findFirst()
          .orElseThrow(
              () -> new IOException("no elasticsearch-*/bin/elasticsearch under " + unpacked));
    }
  }

  private void awaitYellow() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
            .timeout(Duration.ofSeconds(10))
            .build();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() - deadline < 0) {
      if (!process.isAlive()) {
        throw new IOException(
            "Elasticsearch exited with " + process.exitValue() + " during startup:\n" + logTail());
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new IOException(
        "Elasticsearch at " + url + " not yellow after " + STARTUP + ":\n" + logTail());
  }

  private String logTail() throws IOException {
    List<String> lines = Files.readAllLines(runDir.resolve("console.log"), StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private void stop() {
    // runuser, the launcher and the server JVM: stop the server first, then the rest.
    List<ProcessHandle> tree = process.descendants().toList();
    for (int i = tree.size() - 1; i >= 0; i--) {
      tree.get(i).destroy();
    }
    process.destroy();
    try {
      process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
      for (ProcessHandle h : tree) {
        h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      tree.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
