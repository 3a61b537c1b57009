package org.brandpulse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.brandpulse.app.serve.JobScheduler;
import org.brandpulse.app.serve.ServeApp;
import org.brandpulse.app.serve.ServeSettings;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.app.testing.ElapsedClock;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code serve} under load while its jobs fire: a feeder drops a new export of posts (some of them
 * complaints) every second, ingestPosts, complaintAlerts and report run on second-granular cron
 * schedules, {@value #BROWSERS} logged-in browsers load the pages and an anonymous client hammers
 * the login page, until every job ran once and then {@value #SOAK_SECONDS} s more. Then: no 5xx and
 * no lost login, every job run completed, every post written is stored once, every alert and the
 * week's report reached the mail server exactly once and the archive says so, the server holds no
 * more sessions than the browsers, and the heap after a full collection stays under a bound and
 * does not grow from the first third of the soak to the last.
 */
class ServeSoakIT {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  static final int SOAK_SECONDS = 36;
  static final int BROWSERS = 6;
  static final int POSTS_PER_EXPORT = 5;
  static final Instant START = Instant.parse("2026-11-26T09:30:00Z");

  /** Heap live after a full collection may not exceed this. */
  static final long HEAP_BOUND = 400L << 20;

  /** Nor grow by more than this from the first third of the soak to the last. */
  static final long HEAP_GROWTH = 24L << 20;

  private static final String[] WORDS = {
    "delivery", "order", "parcel", "rider", "app", "price", "discount", "refund", "checkout",
    "shoes", "phone", "saree", "rice", "courier", "support", "voucher", "warehouse", "coupon",
    "payment", "wallet", "tracking", "return", "size", "colour", "quality", "package", "invoice"
  };

  @TempDir Path dir;

  @Test
  void pagesStayUpJobsCompleteNothingIsLostAndMemoryStaysBounded() throws Exception {
    Files.createDirectories(dir.resolve("exports"));
    Files.writeString(
        dir.resolve("brandpulse.yml"),
        """
        dataDir: data
        brands:
          - {name: Bazarly, query: bazarly, handles: [bazarly], recipients: [care@bazarly.example]}
        sources:
          - {name: social, type: jsonl, glob: 'exports/*.jsonl', sourceKey: social}
        """);
    ServeSettings serve =
        new ServeSettings(
            0,
            null,
            Map.of(
                "ingestPosts", "*/2 * * * * *",
                "complaintAlerts", "*/3 * * * * *",
                "report", "*/4 * * * * *",
                "ingestMetrics", "-",
                "seoAudit", "-"),
            List.of(
                new ServeSettings.User(
                    "adam",
                    PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("admin-pass"),
                    List.of("admin"))),
            null);
    // a fixed start that moves on with elapsed time: each firing gets its own run time
    Clock clock = ElapsedClock.startingAt(START);
    ConfigurableApplicationContext ctx =
        ServeApp.start(
            SettingsLoader.load(dir.resolve("brandpulse.yml")),
            serve,
            clock,
            c ->
                c.getEnvironment()
                    .getPropertySources()
                    .addFirst(
                        new MapPropertySource(
                            "greenmail",
                            Map.of(
                                "spring.mail.host",
                                "127.0.0.1",
                                "spring.mail.port",
                                MAIL.getSmtp().getPort()))));
    try {
      soak(ctx, clock);
    } finally {
      ctx.close();
    }
  }

  private void soak(ConfigurableApplicationContext ctx, Clock clock) throws Exception {
    int port = ServeApp.port(ctx);
    JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentMap<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    AtomicInteger requests = new AtomicInteger();
    List<String> written = new CopyOnWriteArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    List<Thread> threads = new ArrayList<>();

    threads.add(start("feeder", () -> guard(failures, () -> feed(running, clock, written))));
    for (int b = 0; b < BROWSERS; b++) {
      threads.add(
          start(
              "browser-" + b,
              () ->
                  guard(
                      failures,
                      () -> {
                        WebClient web = new WebClient(port);
                        assertThat(web.login("adam", "admin-pass").statusCode()).isEqualTo(302);
                        String[] pages = {"/", "/cases", "/audits", "/reports"};
                        for (int i = 0; running.get(); i++) {
                          String page = pages[i % pages.length];
                          if (i % 10 == 9) {
                            List<Long> ids =
                                jdbc.queryForList(
                                    "SELECT REPORT_ID FROM REPORT_ARCHIVE", Long.class);
                            if (!ids.isEmpty()) {
                              page = "/reports/" + ids.get(0) + "/file";
                            }
                          }
                          HttpResponse<String> r = web.get(page);
                          requests.incrementAndGet();
                          answers
                              .computeIfAbsent(
                                  "logged-in " + r.statusCode(), k -> new AtomicInteger())
                              .incrementAndGet();
                        }
                      })));
    }
    threads.add(
        start(
            "anonymous",
            () ->
                guard(
                    failures,
                    () -> {
                      while (running.get()) {
                        HttpResponse<String> r = new WebClient(port).get("/login");
                        requests.incrementAndGet();
                        answers
                            .computeIfAbsent(
                                "anonymous " + r.statusCode(), k -> new AtomicInteger())
                            .incrementAndGet();
                      }
                    })));

    // warmed up (templates compiled, models loaded, each job run once) before the heap is watched
    MeterRegistry meters = ctx.getBean(MeterRegistry.class);
    long warm = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < warm
        && !Stream.of("ingestPosts", "complaintAlerts", "report")
            .allMatch(job -> runs(meters, job, "success") > 0)) {
      Thread.sleep(200);
    }
    List<Long> heap = new ArrayList<>();
    long end = System.nanoTime() + Duration.ofSeconds(SOAK_SECONDS).toNanos();
    while (System.nanoTime() < end) {
      Thread.sleep(3_000);
      heap.add(heapAfterFullGc());
    }
    running.set(false);
    for (Thread t : threads) {
      t.join(30_000);
    }
    assertThat(failures).isEmpty();

    // let the schedules pick up the last export, then stop them, waiting for runs in progress
    Set<String> expected = new HashSet<>(written);
    long settle = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < settle && !(accounted(ctx, expected) && outboxDone(jdbc))) {
      Thread.sleep(500);
    }
    Thread.sleep(3_000);
    ctx.getBean(JobScheduler.class).stop();

    int sessions = activeSessions(ctx);
    System.out.printf(
        "soak: %d requests %s, %d posts written, heap after GC MB %s, %d sessions%n",
        requests.get(),
        new TreeMap<>(answers),
        written.size(),
        heap.stream().map(h -> h >> 20).toList(),
        sessions);

    // pages: every answer a 200, logged in or not
    assertThat(answers.keySet()).containsExactlyInAnyOrder("logged-in 200", "anonymous 200");

    // every job run completed, and each ran many times
    for (String job : List.of("ingestPosts", "complaintAlerts", "report")) {
      assertThat(runs(meters, job, "failure")).as(job + " failures").isZero();
      assertThat(runs(meters, job, "success")).as(job + " runs").isGreaterThanOrEqualTo(5);
    }
    assertThat(jdbc.queryForList("SELECT DISTINCT STATUS FROM BATCH_JOB_EXECUTION", String.class))
        .containsExactly("COMPLETED");

    // nothing lost, nothing twice: every post written is stored (or folded into a copy) once
    List<String> stored = new ArrayList<>();
    ctx.getBean(PostStore.class)
        .forEach(
            PostFilter.ALL,
            p -> {
              stored.add(p.id());
              stored.addAll(p.duplicateIds());
            });
    assertThat(stored).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);

    // every e-mail of the outbox sent once: one copy per Message-ID at the mail server
    assertThat(jdbc.queryForList("SELECT DISTINCT STATE FROM ALERT_OUTBOX", String.class))
        .containsExactly("SENT");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ALERT_OUTBOX WHERE KIND <> 'REPORT'", Integer.class))
        .as("alerts of the complaints")
        .isPositive();
    // one copy per recipient of each message at the mail server
    List<String> copies = new ArrayList<>();
    jdbc.query(
        "SELECT MESSAGE_ID, RECIPIENTS FROM ALERT_OUTBOX",
        rs -> {
          for (int i = rs.getString(2).split(",").length; i > 0; i--) {
            copies.add(rs.getString(1));
          }
        });
    List<String> received = new ArrayList<>();
    for (MimeMessage m : MAIL.getReceivedMessages()) {
      received.add(m.getMessageID()); // GreenMail keeps one copy per mailbox delivered to
    }
    assertThat(received).containsExactlyInAnyOrderElementsOf(copies);
    assertThat(
            jdbc.queryForList(
                "SELECT PERIOD_LABEL || ' ' || EMAILED_TO FROM REPORT_ARCHIVE", String.class))
        .containsExactly("2026-W47 care@bazarly.example");

    // bounded: sessions of the browsers only, heap under the bound and not growing
    assertThat(sessions).isLessThanOrEqualTo(BROWSERS);
    int third = Math.max(1, heap.size() / 3);
    long first = heap.subList(0, third).stream().mapToLong(Long::longValue).max().orElseThrow();
    long last =
        heap.subList(heap.size() - third, heap.size()).stream()
            .mapToLong(Long::longValue)
            .min()
            .orElseThrow();
    assertThat(heap).allMatch(h -> h < HEAP_BOUND, "under " + (HEAP_BOUND >> 20) + " MB");
    assertThat(last).as("heap of the last third vs the first").isLessThan(first + HEAP_GROWTH);
  }

  /** Writes an export of posts every second, each file complete when it appears. */
  private void feed(AtomicBoolean running, Clock clock, List<String> written) throws Exception {
    java.util.Random random = new java.util.Random(15);
    for (int n = 0; running.get(); n++) {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < POSTS_PER_EXPORT; i++) {
        String id = n + "-" + i;
        StringBuilder text = new StringBuilder(i == 0 ? "@bazarly my parcel never came, " : "");
        text.append("bazarly");
        for (int w = 0; w < 9; w++) {
          text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.append(i == 0 ? " this is a scam, I want my money back " : " ").append(id);
        String json =
            "{\"id\": \"%s\", \"url\": \"https://social.example/u/%s\", \"authorHandle\":"
                + " \"u%s\", \"authorName\": \"U\", \"authorFollowers\": %d, \"text\":"
                + " \"%s\", \"language\": null, \"createdAt\": \"%s\", \"replyToId\": null,"
                + " \"threadId\": null, \"likes\": 0, \"shares\": 0, \"replies\": 0}\n";
        lines.append(
            json.formatted(
                id, id, id, 10 + random.nextInt(5_000), text, clock.instant().minusSeconds(60)));
        written.add("social:" + id);
      }
      Path tmp = dir.resolve("exports/next.tmp");
      Files.writeString(tmp, lines);
      Files.move(
          tmp,
          dir.resolve("exports/posts-%05d.jsonl".formatted(n)),
          StandardCopyOption.ATOMIC_MOVE);
      Thread.sleep(1_000);
    }
  }

  private static boolean accounted(ConfigurableApplicationContext ctx, Set<String> expected)
      throws Exception {
    Set<String> seen = new HashSet<>();
    ctx.getBean(PostStore.class)
        .forEach(
            PostFilter.ALL,
            p -> {
              seen.add(p.id());
              seen.addAll(p.duplicateIds());
            });
    return seen.containsAll(expected);
  }

  private static boolean outboxDone(JdbcTemplate jdbc) {
    return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ALERT_OUTBOX WHERE STATE <> 'SENT'", Integer.class)
            == 0
        && jdbc.queryForObject(
                "SELECT COUNT(*) FROM REPORT_ARCHIVE WHERE EMAILED_TO IS NOT NULL", Integer.class)
            > 0;
  }

  private static long runs(MeterRegistry meters, String job, String outcome) {
    return meters
        .find("brandpulse.job.duration")
        .tag("job", job)
        .tag("outcome", outcome)
        .timers()
        .stream()
        .mapToLong(Timer::count)
        .sum();
  }

  /** Heap in use right after full collections: what is live, not what waits to be collected. */
  static long heapAfterFullGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }

  private static int activeSessions(ConfigurableApplicationContext ctx) {
    TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) ctx).getWebServer();
    org.apache.catalina.Context context =
        (org.apache.catalina.Context) server.getTomcat().getHost().findChildren()[0];
    return context.getManager().getActiveSessions();
  }

  private static Thread start(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.start();
    return t;
  }

  /** A body that may throw. */
  @FunctionalInterface
  interface Body {
    void run() throws Exception;
  }

  private static void guard(List<Throwable> failures, Body body) {
    try {
      body.run();
    } catch (Throwable t) {
      failures.add(t);
    }
  }
}
