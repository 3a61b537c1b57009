package org.brandpulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A newcomer's first commands, as separate processes of the packaged application, in an empty
 * folder with no configuration file and an empty home: an SEO audit of a real site and the import
 * of a real access log work on the embedded defaults; a command that needs brands says so.
 */
class FirstRunIT {

  private static final Path SHARED =
      Path.of(System.getProperty("brandpulse.shared.data", "../shared/data"));

  @TempDir Path work;

  record Outcome(int code, String out, String err) {}

  private Outcome brandpulse(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("brandpulse.jar", "target/brandpulse.jar"));
    Assumptions.assumeTrue(Files.isRegularFile(jar), "the application jar is not built: " + jar);
    Path home = work.resolve("home");
    Files.createDirectories(home);
    Path folder = work.resolve("empty");
    Files.createDirectories(folder);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-Duser.home=" + home);
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile());
    Map<String, String> env = pb.environment();
    env.remove(CliEnvironment.CONFIG_ENV);
    env.remove(CliEnvironment.HOME_ENV);
    env.put("HOME", home.toString());
    Path out = work.resolve("out.txt");
    Path err = work.resolve("err.txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("brandpulse " + String.join(" ", args) + " did not end");
    }
    return new Outcome(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void importsARealAccessLogWithNoConfiguration() throws Exception {
    Path log = SHARED.resolve("real/logs/elastic-apache_logs.log").toAbsolutePath();
    Assumptions.assumeTrue(Files.isRegularFile(log), "shared data absent: " + log);

    Outcome o =
        brandpulse("metrics", "import", "--site", "shop", "--access-log", log.toString(), "--json");

    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.err()).contains("configuration the embedded defaults");
    JsonNode json = JsonMapper.builder().build().readTree(o.out());
    assertThat(json.get("lines").asLong()).isEqualTo(10_000);
    assertThat(json.get("sessions").asLong()).isPositive();
    assertThat(json.get("malformedLines").asLong()).isEqualTo(1); // line 8899 is truncated
    assertThat(work.resolve("home/.brandpulse")).isDirectory();
    assertThat(work.resolve("empty")).isEmptyDirectory();

    Outcome growth =
        brandpulse(
            "metrics", "growth", "--site", "shop", "--period", "day", "--date", "2015-05-18");
    assertThat(growth.code()).as(growth.err()).isZero();
    assertThat(growth.out()).contains("Site shop");
  }

  @Test
  void auditsARealSiteWithNoConfigurationAndSaysWhatNeedsBrands() throws Exception {
    Path site = SHARED.resolve("real/sites/fleurs-de-bach").toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isDirectory(site), "shared data absent: " + site);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "/fleurs-de-bach/";
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          Path file = null;
          if (path.startsWith(base)) {
            file = site.resolve(path.substring(base.length())).normalize();
            if (Files.isDirectory(file)) {
              file = file.resolve("index.html");
            }
          }
          if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange
                .getResponseHeaders()
                .set(
                    "Content-Type",
                    name.endsWith(".html")
                        ? "text/html; charset=utf-8"
                        : name.endsWith(".xml") ? "application/xml" : "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    server.start();
    try {
      String start = "http://127.0.0.1:" + server.getAddress().getPort() + base;
      Path out = work.resolve("audit");
      Outcome o = brandpulse("audit", start, "--out", out.toString(), "--quiet");
      assertThat(o.code()).as(o.err()).isZero();
      assertThat(o.out())
          .contains("Audit of http://127.0.0.1:" + server.getAddress().getPort())
          .contains("crawl completed", "broken-link", "status-4xx");
      assertThat(out.resolve("audit.json")).isNotEmptyFile();
      assertThat(out.resolve("audit.html")).isNotEmptyFile();
    } finally {
      server.stop(0);
    }

    Outcome ingest = brandpulse("ingest");
    assertThat(ingest.code()).isEqualTo(3);
    assertThat(ingest.err()).contains("'brandpulse ingest' needs at least one brand");
  }
}
