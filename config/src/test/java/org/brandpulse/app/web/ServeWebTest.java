package org.brandpulse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.brandpulse.app.alerts.CaseStore;
import org.brandpulse.app.serve.JobScheduler;
import org.brandpulse.app.serve.ServeApp;
import org.brandpulse.app.serve.ServeSettings;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;
import org.brandpulse.reporting.complaints.CaseState;
import org.brandpulse.reporting.complaints.ComplaintCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The web UI through real HTTP on a free port: login, roles, CSRF, escaping, actuator. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeWebTest {

  static final String SCRIPT = "<script>alert(1)</script>";

  /** "Now" for the posts, the cases and the server. */
  static final Clock NOW = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

  ConfigurableApplicationContext context;
  WebClient anonymous;
  int port;
  JdbcTemplate jdbc;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("brandpulse.yml"),
        """
        dataDir: data
        brands:
          - {name: Bazarly, query: 'bazarly OR বাজারলি', handles: [bazarly]}
        sources:
          - {name: social, type: jsonl, glob: 'exports/*.jsonl', sourceKey: social}
        """);
    Files.createDirectories(dir.resolve("exports"));
    Instant now = NOW.instant();
    Files.writeString(
        dir.resolve("exports/posts.jsonl"),
        String.join(
            "\n",
            post("1", "@bazarly my parcel is late again " + SCRIPT, now.minusSeconds(3600)),
            post("2", "বাজারলি ডেলিভারি খুব দেরি 😡 আমার টাকা ফেরত চাই", now.minusSeconds(1800)),
            post("3", "bazarly توصيل سريع شكرا 🚚", now.minusSeconds(600)),
            post("4", "bazarly 配送が遅い 📦𠮷", now.minusSeconds(300))));
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    ServeSettings serve =
        new ServeSettings(
            0,
            null,
            Map.of(
                "ingestPosts", "-",
                "complaintAlerts", "-",
                "ingestMetrics", "-",
                "seoAudit", "-",
                "report", "-"),
            List.of(
                new ServeSettings.User("vera", encoder.encode("viewer-pass"), List.of("viewer")),
                new ServeSettings.User("mina", encoder.encode("মিনা-pass"), List.of("manager")),
                new ServeSettings.User("adam", encoder.encode("admin-pass"), List.of("admin"))),
            null);
    context = ServeApp.start(SettingsLoader.load(dir.resolve("brandpulse.yml")), serve, NOW);
    port = ServeApp.port(context);
    anonymous = new WebClient(port);
    jdbc = context.getBean(JdbcTemplate.class);
    CaseStore cases = context.getBean(CaseStore.class);
    cases.openIfAbsent(complaint("social:1", "@bazarly my parcel is late again " + SCRIPT, 80));
    cases.openIfAbsent(complaint("social:2", "বাজারলি ডেলিভারি খুব দেরি 😡", 40));
  }

  @AfterAll
  void stop() {
    if (context != null) {
      context.close();
    }
  }

  private static String post(String id, String text, Instant at) {
    return "{\"id\": \"%s\", \"url\": \"https://social.example/u/%s\", \"authorHandle\": \"u%s\","
            .formatted(id, id, id)
        + " \"authorName\": \"U\", \"authorFollowers\": 10, \"text\": \""
        + text.replace("\"", "\\\"")
        + "\", \"language\": null, \"createdAt\": \""
        + at
        + "\", \"replyToId\": null, \"threadId\": null, \"likes\": 0, \"shares\": 0,"
        + " \"replies\": 0}";
  }

  private static ComplaintCase complaint(String id, String text, int priority) {
    Instant now = NOW.instant();
    return new ComplaintCase(
        id,
        "Bazarly",
        CaseState.NEW,
        priority,
        Severity.HIGH,
        ComplaintCategory.values()[0],
        0.9,
        List.of("test"),
        now.minusSeconds(3600),
        now.plusSeconds(3600),
        now,
        null,
        null,
        null,
        null,
        null,
        null,
        "javascript:alert(2)",
        "u1",
        "U",
        10,
        0,
        text);
  }

  private WebClient loggedIn(String user, String password) throws Exception {
    WebClient client = new WebClient(port);
    var answer = client.login(user, password);
    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return client;
  }

  private String state(String id) {
    return jdbc.queryForObject(
        "SELECT STATE FROM COMPLAINT_CASE WHERE CASE_ID = ?", String.class, id);
  }

  @Test
  void pagesNeedALogin() throws Exception {
    for (String page :
        List.of("/", "/cases", "/reports", "/audits", "/health", "/case?id=social:1")) {
      var answer = anonymous.get(page);
      assertThat(answer.statusCode()).as(page).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location"))
          .hasValue("http://127.0.0.1:" + port + "/login");
    }
    var login = anonymous.get("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("name=\"_csrf\"", "name=\"password\"");
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    WebClient client = new WebClient(port);
    var answer = client.login("mina", "wrong");
    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(client.get("/").statusCode()).isEqualTo(302);
    assertThat(client.login("nobody", "viewer-pass").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
  }

  @Test
  void aLoggedInUserSeesTheDashboardWithAStrictPolicy() throws Exception {
    WebClient vera = loggedIn("vera", "viewer-pass");
    var page = vera.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Dashboard", "vera", "New cases", "Latest reports");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(vera.get("/reports").statusCode()).isEqualTo(200);
    assertThat(vera.get("/health").body()).contains("ingestPosts", "not scheduled", "Posts stored");
    assertThat(vera.get("/css/app.css").statusCode()).isEqualTo(200);
  }

  @Test
  void postTextIsEscapedEverywhere() throws Exception {
    WebClient vera = loggedIn("vera", "viewer-pass");
    for (String page : List.of("/cases", "/case?id=social:1", "/cases/social:1")) {
      String body = vera.get(page).body();
      assertThat(body)
          .as(page)
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
          .doesNotContain(SCRIPT);
    }
    String detail = vera.get("/case?id=social:1").body();
    assertThat(detail).doesNotContain("href=\"javascript:").contains("javascript:alert(2)");
    assertThat(vera.get("/cases?state=NEW&minPriority=50").body())
        .contains("social:1")
        .doesNotContain("বাজারলি ডেলিভারি");
    assertThat(vera.get("/cases?brand=Bazarly").body()).contains("বাজারলি ডেলিভারি খুব দেরি 😡");
  }

  @Test
  void aPostWithoutTheCsrfTokenIsForbidden() throws Exception {
    WebClient mina = loggedIn("mina", "মিনা-pass");
    var answer = mina.post("/cases/resolved", Map.of("id", "social:2"));
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(state("social:2")).isEqualTo("NEW");
  }

  @Test
  void aManagerResolvesAndAssignsACase() throws Exception {
    WebClient mina = loggedIn("mina", "মিনা-pass");
    var assigned =
        mina.postWithToken(
            "/case?id=social:2", "/cases/assign", Map.of("id", "social:2", "assignee", "vera"));
    assertThat(assigned.statusCode()).isEqualTo(302);
    assertThat(mina.get(assigned.headers().firstValue("Location").orElseThrow()).body())
        .contains("Assigned to vera.");
    var resolved =
        mina.postWithToken("/case?id=social:2", "/cases/resolved", Map.of("id", "social:2"));
    assertThat(resolved.statusCode()).isEqualTo(302);
    assertThat(resolved.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/case?id=social%3A2"));
    assertThat(state("social:2")).isEqualTo("RESOLVED");
    assertThat(
            jdbc.queryForMap(
                "SELECT ASSIGNEE, CLOSED_BY FROM COMPLAINT_CASE WHERE CASE_ID = 'social:2'"))
        .containsEntry("ASSIGNEE", "vera")
        .containsEntry("CLOSED_BY", "mina");
    assertThat(mina.get(resolved.headers().firstValue("Location").orElseThrow()).body())
        .contains("Marked resolved.");
  }

  @Test
  void aViewerCannotChangeACase() throws Exception {
    WebClient vera = loggedIn("vera", "viewer-pass");
    assertThat(vera.get("/case?id=social:1").body()).doesNotContain("Mark resolved");
    String token = WebClient.token(vera.get("/cases").body());
    var answer = vera.post("/cases/replied", Map.of("id", "social:1", "_csrf", token));
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(state("social:1")).isEqualTo("NEW");
  }

  @Test
  void healthIsPublicAndPrometheusIsForAdmins() throws Exception {
    var health = anonymous.get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(302);
    assertThat(loggedIn("mina", "মিনা-pass").get("/actuator/prometheus").statusCode())
        .isEqualTo(403);

    JobScheduler scheduler = context.getBean(JobScheduler.class);
    assertThat(scheduler.runNow("ingestPosts")).isTrue();
    assertThat(scheduler.runNow("complaintAlerts")).isTrue();
    long stored =
        context
            .getBean(org.brandpulse.ingest.store.PostStore.class)
            .count(org.brandpulse.ingest.store.PostFilter.ALL);
    assertThat(stored).isPositive();
    var metrics = loggedIn("adam", "admin-pass").get("/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains(
            "brandpulse_posts_ingested_total " + stored + ".0",
            "brandpulse_alerts_sent_total 0.0",
            "brandpulse_analysis_rate_posts_per_second",
            "brandpulse_job_duration_seconds_count{job=\"ingestPosts\",outcome=\"success\"} 1",
            "spring_batch_job_seconds_count{error=\"none\",spring_batch_job_name=\"ingestPosts\"",
            "spring_batch_job_seconds_count{error=\"none\",spring_batch_job_name=\"complaintAlerts\"",
            "spring_batch_step_name=\"complaintAlerts.open\"");
  }

  @Test
  void anArchivedReportRunsItsInlineScriptsInASandboxAndNothingOutsideTheDataFolder()
      throws Exception {
    Path data = context.getBean(org.brandpulse.app.settings.BrandpulseSettings.class).dataDir();
    Files.createDirectories(data.resolve("reports"));
    Files.writeString(
        data.resolve("reports/bazarly-2026-W48.html"),
        "<html><body><h1>বাজারলি সাপ্তাহিক</h1><script>var chart = 1;</script></body></html>");
    Files.writeString(data.getParent().resolve("secret.html"), "outside");
    long inside = archive("2026-W48 <b>", data.resolve("reports/bazarly-2026-W48.html").toString());
    long outside = archive("2026-W47", "../secret.html");
    WebClient vera = loggedIn("vera", "viewer-pass");

    assertThat(vera.get("/reports").body())
        .contains("2026-W48 &lt;b&gt;", "/reports/" + inside + "/file");
    var report = vera.get("/reports/" + inside + "/file");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("বাজারলি সাপ্তাহিক", "<script>var chart = 1;</script>");
    assertThat(report.headers().allValues("Content-Security-Policy"))
        .singleElement()
        .satisfies(
            csp ->
                assertThat(csp)
                    .contains("script-src 'unsafe-inline'", "sandbox allow-scripts")
                    .doesNotContain("http", "*"));
    assertThat(vera.get("/reports/" + outside + "/file").statusCode()).isEqualTo(404);
    assertThat(vera.get("/reports/999999/file").statusCode()).isEqualTo(404);
    assertThat(vera.get("/reports/none/file").statusCode()).isEqualTo(400);
  }

  @Test
  void aDatabaseWithoutTheArchiveTableHasNoReports() {
    org.h2.jdbcx.JdbcDataSource bare = new org.h2.jdbcx.JdbcDataSource();
    bare.setURL("jdbc:h2:mem:bare");
    ReportArchive archive = new ReportArchive(new JdbcTemplate(bare));
    assertThat(archive.list(5)).isEmpty();
    assertThat(archive.get(1)).isEmpty();
  }

  /** A row as the report job's ReportArchiveStore writes it; returns its id. */
  private long archive(String period, String path) {
    return jdbc.queryForObject(
        "SELECT REPORT_ID FROM FINAL TABLE (INSERT INTO REPORT_ARCHIVE (BRAND, GRANULARITY,"
            + " PERIOD_LABEL, PERIOD_START, PATH, CREATED_AT) VALUES ('Bazarly', 'week', ?,"
            + " DATE '2026-11-23', ?, CURRENT_TIMESTAMP))",
        Long.class,
        period,
        path);
  }

  @Test
  void auditFindingsAreEscaped() throws Exception {
    Long id =
        jdbc.queryForObject(
            "SELECT AUDIT_ID FROM FINAL TABLE (INSERT INTO AUDIT_RUN (SITE, START_URL,"
                + " STARTED_AT, FINISHED_AT, PAGES, HEALTH_SCORE, COMPLETED, OUTPUT_DIR) VALUES"
                + " ('bazarly-shop', 'https://shop.example/', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 12, 87.5, TRUE, NULL))",
            Long.class);
    jdbc.update(
        "INSERT INTO AUDIT_FINDING (AUDIT_ID, CHECK_ID, SEVERITY, URL, RELATED_URL, DETAIL)"
            + " VALUES (?, 'title-too-long', 'medium', 'https://shop.example/পণ্য', NULL, ?)",
        id,
        "title: <img src=x onerror=alert(1)> 商品 ✓");
    WebClient vera = loggedIn("vera", "viewer-pass");
    assertThat(vera.get("/audits").body()).contains("bazarly-shop", "/audits/" + id);
    String page = vera.get("/audits/" + id).body();
    assertThat(page)
        .contains("&lt;img src=x onerror=alert(1)&gt; 商品 ✓", "https://shop.example/পণ্য")
        .doesNotContain("<img src=x");
    assertThat(vera.get("/audits/999999").statusCode()).isEqualTo(404);
  }
}
