package org.brandpulse.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

/**
 * Every page of the web UI in headless Chromium, logged in through the real form, with the data a
 * running instance has: an ingest run, complaint cases in several states and scripts (one holding a
 * script tag, one in Bengali), an audit with findings, an archived report. Each page must load
 * without a script error, a blocked resource or a dialog, show its key text with hostile text as
 * plain characters, fit the window's width and link back to the rest of the UI. The screenshots
 * stay in {@code target/web-screenshots/} for people to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiChromiumIT {

  static final String SCRIPT = ServeFixture.SCRIPT;
  static final String LONG_URL =
      "https://social.example/bazarly/status/1865234987123456789?utm_source=brandpulse"
          + "&utm_medium=alert&utm_campaign=winter-sale-2026-complaints-follow-up&ref=inbox";
  static final Path SHOTS =
      Path.of(System.getProperty("brandpulse.screenshots", "target/web-screenshots"));

  ServeFixture fixture;
  DevToolsBrowser browser;
  BrowserTab mina;
  String base;
  long auditId;
  long reportId;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    var chromium = DevToolsBrowser.binary();
    assumeTrue(chromium.isPresent(), "no chromium on the PATH");
    try (var old = Files.newDirectoryStream(Files.createDirectories(SHOTS), "*.png")) {
      for (Path png : old) {
        Files.delete(png); // only this run's pages, none from a renamed test
      }
    }
    fixture = ServeFixture.start(dir.resolve("serve"));
    base = "http://127.0.0.1:" + fixture.port;
    openCases();
    assertThat(fixture.context.getBean(JobScheduler.class).runNow("ingestPosts")).isTrue();
    auditId = fixture.audit("bazarly-shop", 12, 87.5, findings());
    Path report = fixture.dataDir().resolve("reports/bazarly-2026-W48.html");
    Files.createDirectories(report.getParent());
    Files.writeString(report, "<html><body><h1>বাজারলি সাপ্তাহিক</h1></body></html>");
    reportId = fixture.archive("2026-W48", report.toString());
    Files.createDirectories(dir.resolve("chromium"));
    browser = DevToolsBrowser.launch(chromium.get(), dir.resolve("chromium/profile"));
    mina = browser.open(1280, 900);
    mina.visit(base + "/login");
    mina.submit("main form", Map.of("username", "mina", "password", ServeFixture.MANAGER_PASSWORD));
    assertThat(mina.url()).isEqualTo(base + "/");
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  private void openCases() {
    var cases = fixture.cases;
    cases.openIfAbsent(
        ServeFixture.complaint(
            "social:1",
            CaseState.NEW,
            80,
            Severity.HIGH,
            ComplaintCategory.LATE_MISSING_DELIVERY,
            "javascript:alert(2)",
            "@bazarly my parcel is late again " + SCRIPT));
    cases.openIfAbsent(
        ServeFixture.complaint(
            "social:2",
            CaseState.ALERTED,
            40,
            Severity.MEDIUM,
            ComplaintCategory.REFUND_RETURN,
            "https://social.example/u/2",
            "বাজারলি ডেলিভারি খুব দেরি 😡 আমার টাকা ফেরত চাই"));
    cases.openIfAbsent(
        ServeFixture.complaint(
            "social:7",
            CaseState.ESCALATED,
            95,
            Severity.CRITICAL,
            ComplaintCategory.FRAUD_SCAM,
            LONG_URL,
            "@bazarly someone charged my card twice!!! order "
                + "#BZ-2026-11-0000000000000000000000000000000000000000000000000000000000001"
                + " and nobody answers the phone"));
    cases.openIfAbsent(
        ServeFixture.complaint(
            "social:8",
            CaseState.NEW,
            20,
            Severity.LOW,
            ComplaintCategory.CUSTOMER_SERVICE,
            "https://social.example/u/8",
            "bazarly: the support chat closed on me"));
    cases.assign("social:8", "vera");
    cases.markResolved("social:8", ServeFixture.NOW, "mina");
  }

  private static List<Finding> findings() {
    return List.of(
        new Finding(
            "http-5xx",
            org.brandpulse.seoaudit.checks.Severity.CRITICAL,
            "https://shop.example/checkout?cart=9f2c1e0b7a3d4c5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f",
            "status 503",
            null),
        new Finding(
            "broken-link",
            org.brandpulse.seoaudit.checks.Severity.HIGH,
            "https://shop.example/",
            "link target answered 404",
            "https://shop.example/collections/winter-sale-2026/very-long-product-handle-that"
                + "-goes-on-and-on-and-on-without-any-break"),
        new Finding(
            "title-too-long",
            org.brandpulse.seoaudit.checks.Severity.MEDIUM,
            "https://shop.example/পণ্য",
            "title: <img src=x onerror=alert(1)> 商品 ✓",
            null),
        new Finding(
            "missing-alt",
            org.brandpulse.seoaudit.checks.Severity.LOW,
            "https://shop.example/about",
            "2 images without alt text",
            null),
        new Finding(
            "noindex",
            org.brandpulse.seoaudit.checks.Severity.INFO,
            "https://shop.example/cart",
            "meta robots noindex",
            null));
  }

  /** Loads a page, screenshots it, and checks what every page must do. */
  private String page(BrowserTab tab, String path, String png, int status) throws Exception {
    return page(tab, base, path, png, status);
  }

  private String page(BrowserTab tab, String base, String path, String png, int status)
      throws Exception {
    tab.visit(base + path);
    tab.screenshot(SHOTS.resolve(png));
    assertThat(tab.status()).as(path).isEqualTo(status);
    assertThat(tab.problems()).as(path + ": script errors, blocked resources, dialogs").isEmpty();
    assertThat(tab.evaluate("document.scripts.length").asInt()).as(path + ": scripts").isZero();
    assertThat(tab.evaluate("document.documentElement.scrollWidth <= innerWidth").asBoolean())
        .as(path + ": fits the window's width")
        .isTrue();
    assertThat(tab.evaluate("getComputedStyle(document.body).backgroundColor").asString())
        .as(path + ": the stylesheet applies")
        .isEqualTo("rgb(246, 247, 249)");
    assertThat(tab.evaluate("document.querySelector('a[href=\"/\"]') !== null").asBoolean())
        .as(path + ": a way back to the dashboard")
        .isTrue();
    return tab.text();
  }

  @Test
  void loginPage() throws Exception {
    BrowserTab anonymous = browser.open(1280, 900);
    anonymous.visit(base + "/");
    assertThat(anonymous.url()).isEqualTo(base + "/login");
    anonymous.screenshot(SHOTS.resolve("01-login.png"));
    assertThat(anonymous.problems()).isEmpty();
    assertThat(anonymous.text()).contains("Brandpulse", "User name", "Password", "Log in");
    anonymous.submit("main form", Map.of("username", "mina", "password", "wrong"));
    anonymous.screenshot(SHOTS.resolve("01-login-error.png"));
    assertThat(anonymous.url()).isEqualTo(base + "/login?error");
    assertThat(anonymous.text()).contains("Wrong user name or password.");
    anonymous.submit("main form", Map.of("username", "vera", "password", "viewer-pass"));
    assertThat(anonymous.text()).contains("Dashboard", "vera");
    anonymous.submit("form.logout", Map.of());
    anonymous.screenshot(SHOTS.resolve("01-logged-out.png"));
    assertThat(anonymous.url()).isEqualTo(base + "/login?logout");
    assertThat(anonymous.text()).contains("You have logged out.");
    assertThat(anonymous.problems()).isEmpty();
  }

  @Test
  void dashboard() throws Exception {
    assertThat(page(mina, "/", "02-dashboard.png", 200))
        .contains("Dashboard", "mina", "Posts stored", "New cases", "Escalated cases")
        .contains("ingestPosts", "Completed", "Latest reports", "Bazarly · 2026-W48")
        .contains("built 2026-11-26 09:30 UTC", "Latest audits", "bazarly-shop");
  }

  @Test
  void reports() throws Exception {
    assertThat(page(mina, "/reports", "03-reports.png", 200))
        .contains("Report archive", "Bazarly", "2026-W48", "Week", "2026-11-26 09:30 UTC")
        .contains("Open report");
  }

  @Test
  void cases() throws Exception {
    String text = page(mina, "/cases", "04-cases.png", 200);
    assertThat(text)
        .contains("Complaint inbox", "@bazarly my parcel is late again " + SCRIPT)
        .contains("বাজারলি ডেলিভারি খুব দেরি 😡", "someone charged my card twice")
        .contains("Escalated", "Fraud or scam", "Late or missing delivery", "2026-11-26 10:30 UTC")
        .doesNotContain("LATE_MISSING_DELIVERY", "2026-11-26T");
    assertThat(page(mina, "/cases?state=REPLIED", "04-cases-none.png", 200))
        .contains("No cases match.", "Show all cases");
  }

  @Test
  void oneCase() throws Exception {
    assertThat(page(mina, "/case?id=social:1", "05-case.png", 200))
        .contains("@bazarly my parcel is late again " + SCRIPT, "javascript:alert(2)")
        .contains("New", "High", "Late or missing delivery", "2026-11-26 08:30 UTC")
        .contains("Mark replied", "Mark resolved", "Assign");
    assertThat(
            mina.evaluate("document.querySelector('a[href^=\"javascript\"]') === null").asBoolean())
        .isTrue();
    assertThat(page(mina, "/case?id=social:2", "05-case-bengali.png", 200))
        .contains("বাজারলি ডেলিভারি খুব দেরি 😡 আমার টাকা ফেরত চাই");
    mina.submit("form[action='/cases/assign']", Map.of("assignee", "vera"));
    mina.screenshot(SHOTS.resolve("05-case-assigned.png"));
    assertThat(mina.problems()).isEmpty();
    assertThat(mina.text()).contains("Assigned to vera.", "Assignee\nvera");
    assertThat(page(mina, "/case?id=social:7", "05-case-long-url.png", 200)).contains(LONG_URL);
    assertThat(page(mina, "/case?id=social:8", "05-case-resolved.png", 200))
        .contains("Resolved", "Assignee\nvera", "Closed\n2026-11-26 09:30 UTC by mina")
        .doesNotContain("Mark resolved");
  }

  @Test
  void audits() throws Exception {
    assertThat(page(mina, "/audits", "06-audits.png", 200))
        .contains("SEO audits", "bazarly-shop", "https://shop.example/", "87.5")
        .contains("2026-11-26 09:30 UTC");
  }

  @Test
  void oneAudit() throws Exception {
    assertThat(page(mina, "/audits/" + auditId, "07-audit.png", 200))
        .contains("bazarly-shop", "title: <img src=x onerror=alert(1)> 商品 ✓")
        .contains("https://shop.example/পণ্য", "status 503", "link target answered 404")
        .contains("1 critical", "1 info", "87.5 of 100");
    assertThat(mina.evaluate("document.images.length").asInt()).isZero();
  }

  @Test
  void health() throws Exception {
    assertThat(page(mina, "/health", "08-health.png", 200))
        .contains("Health", "Posts stored", "ingestPosts", "not scheduled", "Recent runs")
        .contains("Completed");
  }

  @Test
  void errorPages() throws Exception {
    assertThat(page(mina, "/no-such-page", "09-not-found.png", 404))
        .contains("404 Not Found", "There is nothing at this address", "Complaints", "mina");
    assertThat(page(mina, "/audits/999999", "09-no-audit.png", 404)).contains("404 Not Found");
  }

  @Test
  void aFreshInstanceSaysWhatIsMissing(@TempDir Path dir) throws Exception {
    try (ServeFixture fresh = ServeFixture.start(dir)) {
      String freshBase = "http://127.0.0.1:" + fresh.port;
      BrowserTab tab = browser.open(1280, 900);
      tab.visit(freshBase + "/login");
      tab.submit("main form", Map.of("username", "vera", "password", "viewer-pass"));
      assertThat(page(tab, freshBase, "/", "11-empty-dashboard.png", 200))
          .contains("No job has run yet.", "No reports archived yet.", "No audits yet.");
      assertThat(page(tab, freshBase, "/cases", "11-empty-cases.png", 200))
          .contains("No complaint cases yet.");
      assertThat(page(tab, freshBase, "/reports", "11-empty-reports.png", 200))
          .contains("No reports archived yet.");
      assertThat(page(tab, freshBase, "/audits", "11-empty-audits.png", 200))
          .contains("No audits yet.");
      assertThat(page(tab, freshBase, "/health", "11-empty-health.png", 200))
          .contains("No job is running.", "No job has run yet.");
    }
  }

  @Test
  void aNarrowWindowScrollsWideTablesInsideTheirBox() throws Exception {
    BrowserTab phone = browser.open(420, 860);
    phone.visit(base + "/login");
    phone.submit("main form", Map.of("username", "vera", "password", "viewer-pass"));
    Map<String, String> pages =
        Map.of(
            "/",
            "10-narrow-dashboard.png",
            "/cases",
            "10-narrow-cases.png",
            "/case?id=social:7",
            "10-narrow-case.png",
            "/audits/" + auditId,
            "10-narrow-audit.png");
    for (var p : pages.entrySet()) {
      assertThat(page(phone, p.getKey(), p.getValue(), 200)).contains("Brandpulse");
    }
  }
}
