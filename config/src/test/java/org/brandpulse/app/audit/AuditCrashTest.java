package org.brandpulse.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.brandpulse.app.cli.AppContext;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.app.testing.CliRun;
import org.brandpulse.app.testing.WrapBean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code seoAudit} job over two audits of the real fleurs-de-bach site (shared/data) served by
 * a local HTTP server, killed at each point (the first audit stored but not committed, the first
 * committed and the second stored, the execution left {@code STARTED} as kill -9 leaves it), then
 * run again: the stored runs and findings equal one clean run's and every stored run's files exist.
 * The same scenarios run on PostgreSQL in {@link AuditCrashPostgresIT}.
 */
class AuditCrashTest {

  static final Path SITE = CliRun.sharedData("real/sites/fleurs-de-bach");
  static final Instant RUN = Instant.parse("2026-11-27T09:00:00Z");

  @TempDir Path dir;

  HttpServer server;

  @BeforeEach
  void serve() throws IOException {
    assumeTrue(Files.isDirectory(SITE), "shared real data not present: " + SITE);
    server = serve(SITE);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void killedAnywhereTheNextRunStoresWhatOneCleanRunStores() throws Exception {
    List<String> clean = cleanRun(install(dir.resolve("clean"), server, ""));
    assertThat(clean).filteredOn(l -> l.startsWith("run ")).hasSize(2);
    assertThat(clean).filteredOn(l -> l.startsWith("finding ")).isNotEmpty();
    // stored, not committed: nothing of the run is left
    assertThat(killedAndRunAgain(install(dir.resolve("first"), server, ""), 1, false))
        .isEqualTo(clean);
    // the first audit committed, the second stored, the process killed and its execution left
    // STARTED: the first audit's run stays, and the next run adds one whole clean run
    String first = "http://127.0.0.1:" + server.getAddress().getPort() + "/ ";
    List<String> expected = new ArrayList<>(clean);
    expected.addAll(
        clean.stream()
            .filter(l -> l.startsWith("run " + first) || l.startsWith("finding " + first))
            .toList());
    expected.sort(null);
    assertThat(killedAndRunAgain(install(dir.resolve("second"), server, ""), 2, true))
        .isEqualTo(expected);
  }

  /** A local HTTP server with the files of a site folder. */
  static HttpServer serve(Path site) throws IOException {
    Path root = site.toAbsolutePath().normalize();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          Path file = root.resolve(path.substring(1)).normalize();
          if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
          }
          if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange
                .getResponseHeaders()
                .set(
                    "Content-Type",
                    name.endsWith(".css")
                        ? "text/css"
                        : name.endsWith(".xml")
                            ? "application/xml"
                            : name.endsWith(".html")
                                ? "text/html; charset=utf-8"
                                : "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    server.start();
    return server;
  }

  /** Two audits of the site: the whole of it, and its blog. */
  static Path install(Path home, HttpServer server, String extraYaml) throws IOException {
    Files.createDirectories(home);
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    return Files.writeString(
        home.resolve("brandpulse.yml"),
        "dataDir: data\n"
            + "audits:\n"
            + "  - {name: fleurs, url: '"
            + base
            + "', concurrency: 2}\n"
            + "  - {name: fleurs-blog, url: '"
            + base
            + "blog/', include: ['/blog/'], concurrency: 2}\n"
            + extraYaml);
  }

  static List<String> cleanRun(Path config) throws Exception {
    try (ConfigurableApplicationContext ctx = start(config)) {
      assertThat(ctx.getBean(SeoAuditJob.class).run(RUN).getStatus().name()).isEqualTo("COMPLETED");
      return stored(ctx.getBean(JdbcTemplate.class));
    }
  }

  /**
   * Kills a run after the {@code save}-th audit was stored (optionally leaving the execution {@code
   * STARTED} with no end time, as kill -9 does), restarts and runs again later, as the next
   * scheduled run does; returns the stored data.
   */
  static List<String> killedAndRunAgain(Path config, int save, boolean leftStarted)
      throws Exception {
    try (ConfigurableApplicationContext ctx = start(config, killAfterSave(save))) {
      assertThat(ctx.getBean(SeoAuditJob.class).run(RUN).getStatus().name()).isEqualTo("FAILED");
    }
    try (ConfigurableApplicationContext ctx = start(config)) {
      JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
      if (leftStarted) {
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
        jdbc.update(
            "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL"
                + " WHERE STATUS = 'FAILED'");
      }
      Instant next = RUN.plusSeconds(3600);
      assertThat(ctx.getBean(SeoAuditJob.class).run(next).getStatus().name())
          .isEqualTo("COMPLETED");
      assertThat(
              jdbc.queryForList(
                  "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC",
                  String.class))
          .first()
          .isEqualTo("COMPLETED");
      for (String out : jdbc.queryForList("SELECT OUTPUT_DIR FROM AUDIT_RUN", String.class)) {
        assertThat(Path.of(out).resolve("audit.json")).isNotEmptyFile();
      }
      return stored(jdbc);
    }
  }

  @SafeVarargs
  static ConfigurableApplicationContext start(
      Path config, ApplicationContextInitializer<ConfigurableApplicationContext>... more) {
    return AppContext.start(SettingsLoader.load(config), Clock.fixed(RUN, ZoneOffset.UTC), more);
  }

  /** The stored runs (without ids, times and folders) and their findings, as sorted lines. */
  static List<String> stored(JdbcTemplate jdbc) {
    List<String> out = new ArrayList<>();
    jdbc.query(
        "SELECT START_URL, PAGES, HEALTH_SCORE, COMPLETED FROM AUDIT_RUN",
        rs -> {
          out.add(
              "run %s %d %s %s"
                  .formatted(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getBoolean(4)));
        });
    jdbc.query(
        "SELECT R.START_URL, F.CHECK_ID, F.SEVERITY, F.URL, F.RELATED_URL, F.DETAIL FROM"
            + " AUDIT_FINDING F JOIN AUDIT_RUN R ON R.AUDIT_ID = F.AUDIT_ID",
        rs -> {
          out.add(
              "finding %s %s %s %s %s %s"
                  .formatted(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6)));
        });
    out.sort(null);
    return out;
  }

  /** The {@code n}-th audit is stored, then the process dies before the step commits. */
  static ApplicationContextInitializer<ConfigurableApplicationContext> killAfterSave(int n) {
    return WrapBean.of(
        AuditStore.class,
        () -> {
          AtomicInteger saves = new AtomicInteger();
          return (method, args, proceed) -> {
            Object out = proceed.call();
            if (method.getName().equals("save") && saves.incrementAndGet() == n) {
              throw new Killed();
            }
            return out;
          };
        });
  }

  /** An Error, as the process dying is: no step may swallow it. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed() {
      super("killed after storing an audit");
    }
  }
}
