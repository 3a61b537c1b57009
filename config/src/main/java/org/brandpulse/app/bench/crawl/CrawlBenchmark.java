package org.brandpulse.app.bench.crawl;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brandpulse.seoaudit.crawl.CrawlListener;
import org.brandpulse.seoaudit.crawl.CrawlOptions;
import org.brandpulse.seoaudit.crawl.CrawlSummary;
import org.brandpulse.seoaudit.crawl.Crawler;
import org.brandpulse.seoaudit.crawl.FetchedPage;
import org.brandpulse.seoaudit.crawl.JdkHttpFetcher;

/**
 * Crawls a local site and prints pages/s and peak heap, then runs Debian's {@code linkchecker} on
 * the same site (rate limit lifted) and prints its URLs/s.
 *
 * <pre>
 * CrawlBenchmark FOLDER [START_PATH] | --synthetic N   [--concurrency C] [--warmup] [--no-linkchecker]
 * </pre>
 *
 * With {@code --warmup} the site is crawled once before the measured crawl, so the figure shows the
 * JIT-compiled crawler (linkchecker, a Python program, has no such warm-up to gain). Install
 * linkchecker with {@code apt-get install -y linkchecker}; without it only the crawler runs.
 * External links are not checked by either tool (the benchmark stays offline).
 */
public final class CrawlBenchmark {

  private static final Pattern LINKCHECKER_SUMMARY =
      Pattern.compile("(\\d+) links? in (\\d+) URLs? checked");

  private CrawlBenchmark() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Path folder = null;
    String startPath = "/";
    int synthetic = 0;
    int concurrency = 4;
    boolean linkchecker = true;
    boolean warmup = false;
    boolean checks = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--synthetic" -> synthetic = Integer.parseInt(args[++i]);
        case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
        case "--no-linkchecker" -> linkchecker = false;
        case "--warmup" -> warmup = true;
        case "--checks" -> checks = true;
        default -> {
          if (folder == null && synthetic == 0) {
            folder = Path.of(args[i]);
          } else {
            startPath = args[i];
          }
        }
      }
    }
    if (folder == null && synthetic == 0) {
      System.err.println(
          "usage: CrawlBenchmark FOLDER [START_PATH] | --synthetic N "
              + "[--concurrency C] [--warmup] [--checks] [--no-linkchecker]");
      System.exit(2);
    }
    if (folder != null && !Files.isDirectory(folder)) {
      System.err.println("not a folder: " + folder);
      System.exit(2);
    }
    String label = folder != null ? folder.toString() : "synthetic site of " + synthetic + " pages";
    try (BenchServer server =
        folder != null
            ? BenchServer.folder(folder)
            : BenchServer.synthetic(new SyntheticSite(synthetic))) {
      String start = server.url(startPath);
      int maxPages = Math.max(synthetic, 1_000_000);
      if (warmup) {
        if (checks) {
          audit(label + " (warm-up, not measured)", start, concurrency, maxPages);
        } else {
          crawl(label + " (warm-up, not measured)", start, concurrency, maxPages);
        }
      }
      double ours =
          checks
              ? audit(label, start, concurrency, maxPages)
              : crawl(label, start, concurrency, maxPages);
      if (linkchecker) {
        double theirs = linkchecker(start);
        if (theirs > 0) {
          System.out.printf(Locale.ROOT, "ratio: %.1fx linkchecker's URLs/s%n", ours / theirs);
        }
      }
    }
  }

  /** The whole audit: crawl, every page check, the site-wide checks at the end. */
  private static double audit(String label, String start, int concurrency, int maxPages) {
    HeapSampler heap = new HeapSampler();
    CrawlOptions options =
        CrawlOptions.DEFAULTS
            .withStartUrl(start)
            .withConcurrency(concurrency)
            .withMaxPages(maxPages)
            .withMaxDepth(1_000)
            .withCheckExternalLinks(false)
            .withProbeDefaultSitemap(false);
    long t0 = System.nanoTime();
    org.brandpulse.seoaudit.audit.AuditResult result;
    try (JdkHttpFetcher fetcher = new JdkHttpFetcher()) {
      heap.start();
      result =
          org.brandpulse.seoaudit.audit.SiteAudit.run(
              options, org.brandpulse.seoaudit.checks.Thresholds.DEFAULTS, fetcher, p -> {});
      heap.stop();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double rate = result.pages().size() / seconds;
    System.out.printf(
        Locale.ROOT,
        "brandpulse audit (every check on): %s%n  %d pages, %d findings, %.1f s, %.1f pages/s,"
            + " peak heap %d MB (max %d MB), concurrency %d, stop %s%n",
        label,
        result.pages().size(),
        result.findings().size(),
        seconds,
        rate,
        heap.peak() >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        concurrency,
        result.stopReason());
    return rate;
  }

  private static double crawl(String label, String start, int concurrency, int maxPages) {
    AtomicLong pages = new AtomicLong();
    AtomicLong elements = new AtomicLong();
    HeapSampler heap = new HeapSampler();
    CrawlOptions options =
        CrawlOptions.DEFAULTS
            .withStartUrl(start)
            .withConcurrency(concurrency)
            .withMaxPages(maxPages)
            .withMaxDepth(1_000)
            .withCheckExternalLinks(false)
            .withProbeDefaultSitemap(false);
    CrawlSummary summary;
    try (JdkHttpFetcher fetcher = new JdkHttpFetcher()) {
      heap.start();
      summary =
          new Crawler(options, fetcher)
              .crawl(
                  new CrawlListener() {
                    @Override
                    public void onPage(FetchedPage page) {
                      pages.incrementAndGet();
                      if (page.document() != null) {
                        elements.addAndGet(page.document().getAllElements().size());
                      }
                    }

                    @Override
                    public void onProgress(org.brandpulse.seoaudit.crawl.CrawlProgress p) {
                      if (p.elapsed().toSeconds() % 10 == 0) {
                        System.err.println("  " + p);
                      }
                    }
                  });
      heap.stop();
    }
    double seconds =
        java.time.Duration.between(summary.startedAt(), summary.finishedAt()).toMillis() / 1000.0;
    double rate = summary.pagesCrawled() / seconds;
    System.out.printf(
        Locale.ROOT,
        "brandpulse crawler: %s%n  %d pages (%d checks), %d errors, %d elements parsed,"
            + " %.1f s, %.1f pages/s, peak heap %d MB (max %d MB), concurrency %d, stop %s%n",
        label,
        summary.pagesCrawled(),
        summary.linksChecked(),
        summary.errors(),
        elements.get(),
        seconds,
        rate,
        heap.peak() >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        concurrency,
        summary.stopReason());
    return rate;
  }

  /** Runs linkchecker; returns its URLs/s, or -1 when it is not installed or failed. */
  private static double linkchecker(String start) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("bench-linkchecker");
    Path rc = dir.resolve("linkcheckerrc");
    Files.writeString(
        rc,
        "[checking]\nmaxrequestspersecond=100000\nthreads=10\n" + "[output]\nstatus=0\n",
        StandardCharsets.UTF_8);
    // linkchecker drops root privileges to 'nobody', who must be able to read the file
    dir.toFile().setReadable(true, false);
    dir.toFile().setExecutable(true, false);
    rc.toFile().setReadable(true, false);
    List<String> cmd =
        new ArrayList<>(List.of("linkchecker", "--config", rc.toString(), "--no-warnings", start));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    long t0 = System.nanoTime();
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      System.out.println(
          "linkchecker: not installed (apt-get install -y linkchecker): " + e.getMessage());
      return -1;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(1, TimeUnit.HOURS);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Matcher m = LINKCHECKER_SUMMARY.matcher(out);
    if (!m.find()) {
      System.out.println(
          "linkchecker: no summary in its output (exit "
              + p.exitValue()
              + "):\n"
              + out.substring(Math.max(0, out.length() - 2000)));
      return -1;
    }
    long urls = Long.parseLong(m.group(2));
    double rate = urls / seconds;
    System.out.printf(
        Locale.ROOT,
        "linkchecker: %s links in %d URLs, %.1f s, %.1f URLs/s (10 threads,"
            + " maxrequestspersecond lifted, 'LinkChecker: allow' sent)%n",
        m.group(1),
        urls,
        seconds,
        rate);
    return rate;
  }

  /** Samples used heap every 20 ms; the peak is an upper bound of the live set plus garbage. */
  private static final class HeapSampler {
    private final Thread thread = new Thread(this::run, "heap-sampler");
    private volatile boolean running = true;
    private volatile long peak;

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws RuntimeException {
      running = false;
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    long peak() {
      return peak;
    }

    private void run() {
      var memory = ManagementFactory.getMemoryMXBean();
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
