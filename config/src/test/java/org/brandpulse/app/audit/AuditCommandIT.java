package org.brandpulse.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brandpulse.app.cli.BrandpulseCommand;
import org.brandpulse.app.cli.CliEnvironment;
import org.brandpulse.app.testing.SteppingClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brandpulse audit} on the real 250-page git-htmldocs site, twice, with --compare. */
class AuditCommandIT {

  @TempDir Path dir;

  /** One clock for the whole test: each command run gets its own run time. */
  private final java.time.Clock clock =
      SteppingClock.startingAt("2026-11-27T09:00:00Z", java.time.Duration.ofMinutes(1));

  @Test
  void auditsARealSiteWritesFilesStoresRunsAndCompares() throws Exception {
    Path site =
        Path.of(
            System.getProperty("brandpulse.shared.data", "../shared/data"), "sites/git-htmldocs");
    Assumptions.assumeTrue(Files.isDirectory(site), "shared data absent: " + site);
    Path root = site.toAbsolutePath().normalize();
    Files.writeString(dir.resolve("brandpulse.yml"), "brands: [{name: A, query: a}]\n");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
          if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            byte[] body = Files.readAllBytes(file);
            exchange
                .getResponseHeaders()
                .set(
                    "Content-Type",
                    file.toString().endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    server.start();
    try {
      String start = "http://127.0.0.1:" + server.getAddress().getPort() + "/git.html";
      StringWriter first = new StringWriter();
      assertThat(run(first, "audit", start, "--out", dir.resolve("a1").toString(), "--quiet"))
          .isZero();
      assertThat(first.toString())
          .contains("Audit of http://127.0.0.1:", "health", "description-missing");
      for (String f : new String[] {"audit.json", "audit.csv", "audit.html"}) {
        assertThat(dir.resolve("a1").resolve(f)).isNotEmptyFile();
      }
      assertThat(Files.readString(dir.resolve("a1/audit.html"))).doesNotContain("cdn.");

      StringWriter second = new StringWriter();
      assertThat(
              run(
                  second,
                  "audit",
                  start,
                  "--out",
                  dir.resolve("a2").toString(),
                  "--compare",
                  "--quiet"))
          .isZero();
      // The same site twice: nothing new; only timing-based findings (slow-response) may differ.
      Matcher m =
          Pattern.compile("Against the previous audit: (\\d+) new, (\\d+) fixed, (\\d+) persisting")
              .matcher(second.toString());
      assertThat(m.find()).as(second.toString()).isTrue();
      assertThat(Integer.parseInt(m.group(3))).isGreaterThan(900);
      assertThat(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))).isLessThan(5);

      // The seoAudit job: the configured sites, no URL on the command line.
      Files.writeString(
          dir.resolve("brandpulse.yml"),
          "brands: [{name: A, query: a}]\naudits: [{name: git-docs, url: '"
              + start
              + "', maxPages: 50, thresholds: {title-too-long: 70}}]\n");
      StringWriter job = new StringWriter();
      assertThat(run(job, "audit")).isZero();
      assertThat(job.toString()).contains("seoAudit.git-docs: COMPLETED (audit run 3)");
    } finally {
      server.stop(0);
    }
  }

  private int run(StringWriter out, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "-c";
    all[1] = dir.resolve("brandpulse.yml").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return BrandpulseCommand.commandLine(
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true),
            CliEnvironment.fixed(clock, dir))
        .execute(all);
  }
}
