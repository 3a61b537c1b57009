package org.brandpulse.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.brandpulse.app.audit.AuditStore;
import org.brandpulse.app.complaints.CaseStore;
import org.brandpulse.app.serve.ServeApp;
import org.brandpulse.app.serve.ServeSettings;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;
import org.brandpulse.reporting.complaints.CaseState;
import org.brandpulse.reporting.complaints.ComplaintCase;
import org.brandpulse.seoaudit.audit.AuditResult;
import org.brandpulse.seoaudit.audit.PageSummary;
import org.brandpulse.seoaudit.checks.Finding;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The serve context of the web tests on a free port: one brand, a JSONL export of four posts
 * (English with a script tag, Bengali, Arabic, Japanese with a surrogate pair), three users (viewer
 * {@code vera}, manager {@code mina}, admin {@code adam}) and no schedules. Every date is fixed
 * relative to {@link #NOW}.
 */
final class ServeFixture implements AutoCloseable {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final Instant NOW = Instant.parse("2026-11-26T09:30:00Z");
  static final String VIEWER_PASSWORD = "viewer-pass";
  static final String MANAGER_PASSWORD = "মিনা-pass";
  static final String ADMIN_PASSWORD = "admin-pass";

  final ConfigurableApplicationContext context;
  final int port;
  final JdbcTemplate jdbc;
  final CaseStore cases;

  private ServeFixture(ConfigurableApplicationContext context) {
    this.context = context;
    this.port = ServeApp.port(context);
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.cases = context.getBean(CaseStore.class);
  }

  /** Writes the configuration and the export into {@code dir} and starts the web context. */
  static ServeFixture start(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("exports"));
    Files.writeString(
        dir.resolve("brandpulse.yml"),
        """
        dataDir: data
        brands:
          - {name: Bazarly, query: 'bazarly OR বাজারলি', handles: [bazarly]}
        sources:
          - {name: social, type: jsonl, glob: 'exports/*.jsonl', sourceKey: social}
        """);
    Files.writeString(
        dir.resolve("exports/posts.jsonl"),
        String.join(
            "\n",
            post("1", "@bazarly my parcel is late again " + SCRIPT, NOW.minusSeconds(3600)),
            post("2", "বাজারলি ডেলিভারি খুব দেরি 😡 আমার টাকা ফেরত চাই", NOW.minusSeconds(1800)),
            post("3", "bazarly توصيل سريع شكرا 🚚", NOW.minusSeconds(600)),
            post("4", "bazarly 配送が遅い 📦𠮷", NOW.minusSeconds(300))));
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
                new ServeSettings.User("vera", encoder.encode(VIEWER_PASSWORD), List.of("viewer")),
                new ServeSettings.User(
                    "mina", encoder.encode(MANAGER_PASSWORD), List.of("manager")),
                new ServeSettings.User("adam", encoder.encode(ADMIN_PASSWORD), List.of("admin"))),
            null);
    return new ServeFixture(
        ServeApp.start(
            SettingsLoader.load(dir.resolve("brandpulse.yml")),
            serve,
            java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC)));
  }

  @Override
  public void close() {
    context.close();
  }

  /** The configured data folder. */
  Path dataDir() {
    return context.getBean(BrandpulseSettings.class).dataDir();
  }

  /** A new, unassigned case written an hour before {@link #NOW}, its SLA due an hour after. */
  static ComplaintCase complaint(String id, String text, int priority) {
    return complaint(
        id,
        CaseState.NEW,
        priority,
        Severity.HIGH,
        ComplaintCategory.values()[0],
        "javascript:alert(2)",
        text);
  }

  /** A case written an hour before {@link #NOW}, its SLA due an hour after. */
  static ComplaintCase complaint(
      String id,
      CaseState state,
      int priority,
      Severity severity,
      ComplaintCategory category,
      String postUrl,
      String text) {
    return new ComplaintCase(
        id,
        "Bazarly",
        state,
        priority,
        severity,
        category,
        0.9,
        List.of("test"),
        NOW.minusSeconds(3600),
        NOW.plusSeconds(3600),
        NOW,
        null,
        null,
        null,
        null,
        null,
        null,
        postUrl,
        "u1",
        "U",
        10,
        0,
        text);
  }

  /** A row as the report job's ReportArchiveStore writes it, built at {@link #NOW}; its id. */
  long archive(String period, String path) {
    return jdbc.queryForObject(
        "SELECT REPORT_ID FROM FINAL TABLE (INSERT INTO REPORT_ARCHIVE (BRAND, GRANULARITY,"
            + " PERIOD_LABEL, PERIOD_START, PATH, CREATED_AT) VALUES ('Bazarly', 'week', ?,"
            + " DATE '2026-11-23', ?, ?))",
        Long.class,
        period,
        path,
        java.sql.Timestamp.from(NOW));
  }

  /**
   * An audit run of {@code https://shop.example/} crawled in the five minutes before {@link #NOW},
   * as the seoAudit job stores it; its id.
   */
  long audit(String site, int pages, double healthScore, List<Finding> findings) {
    AuditResult result =
        new AuditResult(
            site,
            "https://shop.example/",
            NOW.minusSeconds(300),
            NOW,
            "COMPLETED",
            healthScore,
            IntStream.range(0, pages)
                .mapToObj(
                    i ->
                        new PageSummary(
                            "https://shop.example/p/" + i,
                            null,
                            200,
                            1,
                            "Page " + i,
                            300,
                            "text/html",
                            4_000,
                            20,
                            true,
                            0))
                .toList(),
            findings);
    return context.getBean(AuditStore.class).save(result, null);
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
}
