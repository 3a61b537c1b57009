package org.brandpulse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brandpulse.app.serve.JobScheduler;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;
import org.brandpulse.reporting.complaints.CaseState;
import org.brandpulse.seoaudit.checks.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The web UI through real HTTP on a free port: login, roles, CSRF, escaping, actuator. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeWebTest {

  static final String SCRIPT = ServeFixture.SCRIPT;

  ServeFixture fixture;
  ConfigurableApplicationContext context;
  WebClient anonymous;
  int port;
  JdbcTemplate jdbc;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    fixture = ServeFixture.start(dir);
    context = fixture.context;
    port = fixture.port;
    anonymous = new WebClient(port);
    jdbc = fixture.jdbc;
    fixture.cases.openIfAbsent(
        ServeFixture.complaint("social:1", "@bazarly my parcel is late again " + SCRIPT, 80));
    fixture.cases.openIfAbsent(
        ServeFixture.complaint("social:2", "বাজারলি ডেলিভারি খুব দেরি 😡", 40));
  }

  @AfterAll
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
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
  void aBackfilledCaseIsInTheInboxUnderItsOwnFilterAndCanBeResolved() throws Exception {
    fixture.cases.openIfAbsent(
        ServeFixture.complaint(
            "social:old",
            CaseState.BACKFILLED,
            30,
            Severity.MEDIUM,
            ComplaintCategory.REFUND_RETURN,
            null,
            "@bazarly refund from last year still missing"));
    WebClient mina = loggedIn("mina", "মিনা-pass");
    assertThat(mina.get("/cases?state=BACKFILLED").body())
        .contains("refund from last year still missing", "Backfilled")
        .doesNotContain("বাজারলি ডেলিভারি");
    assertThat(mina.get("/cases").body()).contains("refund from last year still missing");
    var resolved =
        mina.postWithToken("/case?id=social:old", "/cases/resolved", Map.of("id", "social:old"));
    assertThat(resolved.statusCode()).isEqualTo(302);
    assertThat(state("social:old")).isEqualTo("RESOLVED");
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
    Path data = fixture.dataDir();
    Files.createDirectories(data.resolve("reports"));
    Files.writeString(
        data.resolve("reports/bazarly-2026-W48.html"),
        "<html><body><h1>বাজারলি সাপ্তাহিক</h1><script>var chart = 1;</script></body></html>");
    Files.writeString(data.getParent().resolve("secret.html"), "outside");
    long inside =
        fixture.archive("2026-W48 <b>", data.resolve("reports/bazarly-2026-W48.html").toString());
    long outside = fixture.archive("2026-W47", "../secret.html");
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

  @Test
  void auditFindingsAreEscaped() throws Exception {
    long id =
        fixture.audit(
            "bazarly-shop",
            12,
            87.5,
            List.of(
                new Finding(
                    "title-too-long",
                    org.brandpulse.seoaudit.checks.Severity.MEDIUM,
                    "https://shop.example/পণ্য",
                    "title: <img src=x onerror=alert(1)> 商品 ✓",
                    null)));
    WebClient vera = loggedIn("vera", "viewer-pass");
    assertThat(vera.get("/audits").body()).contains("bazarly-shop", "/audits/" + id);
    String page = vera.get("/audits/" + id).body();
    assertThat(page)
        .contains("&lt;img src=x onerror=alert(1)&gt; 商品 ✓", "https://shop.example/পণ্য")
        .doesNotContain("<img src=x");
    assertThat(vera.get("/audits/999999").statusCode()).isEqualTo(404);
  }
}
