package org.brandpulse.seoaudit.crawl;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.brandpulse.seoaudit.crawl.CrawlSummary.StopReason;
import org.brandpulse.seoaudit.url.LongHashSet;
import org.brandpulse.seoaudit.url.UrlHash;
import org.brandpulse.seoaudit.url.UrlNormalizer;

/**
 * Crawls a site: breadth-first from the start URLs (so click depths are shortest paths), then the
 * pages known only from sitemaps. See the package guide for the rules it follows.
 *
 * <p>One instance runs one crawl at a time; {@link #crawl} blocks until the crawl ends and may be
 * called again afterwards. The fetcher is not closed by the crawler.
 */
public final class Crawler {

  private final CrawlOptions options;
  private final Fetcher fetcher;
  private final java.time.Clock clock;

  /** A crawler over {@code fetcher} (use {@link JdkHttpFetcher} for real HTTP). */
  public Crawler(CrawlOptions options, Fetcher fetcher) {
    this(options, fetcher, java.time.Clock.systemUTC());
  }

  /** A crawler over {@code fetcher} whose summary's start and end times come from {@code clock}. */
  public Crawler(CrawlOptions options, Fetcher fetcher, java.time.Clock clock) {
    if (options.startUrls().isEmpty()) {
      throw new IllegalArgumentException("CrawlOptions need at least one start URL");
    }
    this.options = options;
    this.fetcher = java.util.Objects.requireNonNull(fetcher, "fetcher");
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  /** A crawler with its own {@link JdkHttpFetcher}. */
  public Crawler(CrawlOptions options) {
    this(options, new JdkHttpFetcher());
  }

  /**
   * Crawls, reporting to {@code listener} as it goes.
   *
   * @throws RuntimeException whatever the listener threw (the crawl stops at once)
   */
  public CrawlSummary crawl(CrawlListener listener) {
    try (Run run = new Run(options, fetcher, listener, clock)) {
      return run.execute();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot clean up the crawl's spill directory", e);
    }
  }

  /** The media type of a response, lower case without parameters ("" when absent). */
  static String mediaType(ResponseHeaders headers) {
    String ct = headers.first("content-type").orElse("");
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of Content-Type, or null. */
  static String charsetParam(ResponseHeaders headers) {
    String ct = headers.first("content-type").orElse("");
    for (String part : ct.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String v = p.substring(8).strip();
        if (v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'"))) {
          v = v.substring(1, v.length() - 1);
        }
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }

  /** The state of one crawl. */
  private static final class Run implements AutoCloseable {
    private final CrawlOptions options;
    private final Fetcher fetcher;
    private final CrawlListener listener;
    private final Object lock = new Object();
    private final SpillDirectory spill;
    private final Frontier frontier;
    private final LongHashSet seen = new LongHashSet(1 << 16);
    private final SiteScope scope;
    private final HostGate gate;
    private final RobotsCache robots;
    private final PageFetcher pages;
    private final TreeMap<Integer, Integer> inFlightPages = new TreeMap<>();
    private int inFlight;
    private boolean sitemapsPending = true;
    private long pagesStarted;
    private StopReason stopReason;
    private volatile RuntimeException failure;
    private final AtomicLong pagesCrawled = new AtomicLong();
    private final AtomicLong linksChecked = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong disallowed = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Map<String, AtomicLong> skipped = new ConcurrentHashMap<>();
    private final Map<String, List<String>> skippedSamples = new ConcurrentHashMap<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final java.time.Clock clock;
    private final Instant startedAt;
    private final long startNanos = System.nanoTime();
    private final long deadlineNanos;

    Run(CrawlOptions options, Fetcher fetcher, CrawlListener listener, java.time.Clock clock) {
      this.clock = clock;
      this.startedAt = clock.instant();
      this.options = options;
      List<String> startHosts = new ArrayList<>();
      for (String u : options.startUrls()) {
        startHosts.add(UrlNormalizer.host(UrlNormalizer.normalize(u).orElseThrow()));
      }
      this.fetcher = new AddressGuard(fetcher, startHosts);
      this.listener = listener;
      this.spill = new SpillDirectory(options.spillDirectory());
      this.frontier = new Frontier(options.frontierMemoryEntries(), spill);
      this.scope =
          new SiteScope(
              options, UrlNormalizer.siteAuthorities(options.startUrls(), options.siteAliases()));
      this.gate = new HostGate(options.minDelay().toMillis(), options.concurrency());
      this.robots = new RobotsCache(options, fetcher, gate, listener);
      this.pages = new PageFetcher(options, fetcher, gate, robots, scope, seen);
      this.deadlineNanos =
          startNanos + Math.min(options.timeBudget().toNanos(), Long.MAX_VALUE / 4);
    }

    CrawlSummary execute() {
      for (String u : options.startUrls()) {
        String url = scope.stripSession(UrlNormalizer.normalize(u).orElseThrow());
        if (seen.add(UrlHash.of(url))) {
          frontier.add(new Frontier.Entry(url, null, 0, PageKind.PAGE, false));
        }
      }
      Thread progress = daemon("crawl-progress", this::progressLoop);
      Thread sitemaps = daemon("crawl-sitemaps", this::loadSitemaps);
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < options.concurrency(); i++) {
        workers.add(daemon("crawl-worker-" + i, this::workLoop));
      }
      boolean interrupted = false;
      try {
        for (Thread t : workers) {
          t.join();
        }
      } catch (InterruptedException e) {
        interrupted = true;
        synchronized (lock) {
          stopReason = StopReason.INTERRUPTED;
          lock.notifyAll();
        }
        threads.forEach(Thread::interrupt);
        Thread.currentThread().interrupt();
      }
      sitemaps.interrupt();
      progress.interrupt();
      joinQuietly(sitemaps);
      joinQuietly(progress);
      if (!interrupted) {
        workers.forEach(Run::joinQuietly);
      }
      if (failure != null) {
        throw failure;
      }
      listener.onProgress(progress());
      long remaining;
      synchronized (lock) {
        remaining = frontier.pages();
        if (stopReason == null) {
          stopReason = StopReason.COMPLETED;
        }
      }
      if (remaining > 0 && stopReason == StopReason.MAX_PAGES) {
        skipped.computeIfAbsent("max-pages", k -> new AtomicLong()).addAndGet(remaining);
      } else if (remaining > 0 && stopReason == StopReason.TIME_BUDGET) {
        skipped.computeIfAbsent("time-budget", k -> new AtomicLong()).addAndGet(remaining);
      }
      Map<String, Long> skippedCounts = new TreeMap<>();
      skipped.forEach((k, v) -> skippedCounts.put(k, v.get()));
      return new CrawlSummary(
          startedAt,
          clock.instant(),
          stopReason,
          scope.siteHosts(),
          pagesCrawled.get(),
          linksChecked.get(),
          errors.get(),
          disallowed.get(),
          bytes.get(),
          skippedCounts,
          Map.copyOf(skippedSamples));
    }

    private Thread daemon(String name, Runnable body) {
      Thread t =
          new Thread(
              () -> {
                try {
                  body.run();
                } catch (RuntimeException e) {
                  fail(e);
                }
              },
              name);
      t.setDaemon(true);
      threads.add(t);
      t.start();
      return t;
    }

    private void fail(RuntimeException e) {
      synchronized (lock) {
        if (failure == null) {
          failure = e;
        }
        lock.notifyAll();
      }
      threads.forEach(
          t -> {
            if (t != Thread.currentThread()) {
              t.interrupt();
            }
          });
    }

    private static void joinQuietly(Thread t) {
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void progressLoop() {
      try {
        while (true) {
          Thread.sleep(1000);
          listener.onProgress(progress());
        }
      } catch (InterruptedException e) {
        // crawl over
      }
    }

    private CrawlProgress progress() {
      long queued;
      synchronized (lock) {
        queued = frontier.size();
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
      double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
      return new CrawlProgress(
          pagesCrawled.get(),
          linksChecked.get(),
          queued,
          errors.get(),
          pagesCrawled.get() / seconds,
          elapsed);
    }

    private void loadSitemaps() {
      try {
        SitemapLoader loader = new SitemapLoader(options, fetcher, gate);
        Set<String> done = new HashSet<>();
        Set<String> origins = new LinkedHashSet<>();
        for (String u : options.startUrls()) {
          origins.add(UrlNormalizer.origin(UrlNormalizer.normalize(u).orElseThrow()));
        }
        List<String[]> sources = new ArrayList<>();
        for (String s : options.sitemapUrls()) {
          sources.add(new String[] {UrlNormalizer.normalize(s).orElseThrow(), "option"});
        }
        for (String origin : origins) {
          for (String s : robots.get(origin).info().sitemaps()) {
            UrlNormalizer.normalize(s).ifPresent(n -> sources.add(new String[] {n, "robots"}));
          }
        }
        if (sources.isEmpty() && options.probeDefaultSitemap()) {
          for (String origin : origins) {
            sources.add(new String[] {origin + "/sitemap.xml", "probe"});
          }
        }
        for (String[] s : sources) {
          loader.load(
              s[0],
              s[1],
              done,
              info -> {
                listener.onSitemap(info);
                synchronized (lock) {
                  for (String u : info.urls()) {
                    if (scope.isInternal(u)) {
                      frontier.add(
                          new Frontier.Entry(scope.stripSession(u), null, -1, PageKind.PAGE, true));
                    }
                  }
                  lock.notifyAll();
                }
              });
        }
      } catch (InterruptedException e) {
        // crawl stopped
      } finally {
        synchronized (lock) {
          sitemapsPending = false;
          lock.notifyAll();
        }
      }
    }

    private void workLoop() {
      try {
        Frontier.Entry e;
        while ((e = next()) != null) {
          try {
            process(e);
          } finally {
            done(e);
          }
        }
      } catch (InterruptedException ex) {
        // crawl stopped
      }
    }

    /** The next entry to fetch, or null when the crawl is over; see the class comment on depth. */
    private Frontier.Entry next() throws InterruptedException {
      synchronized (lock) {
        while (true) {
          if (failure != null || stopReason == StopReason.INTERRUPTED) {
            return null;
          }
          if (System.nanoTime() - deadlineNanos > 0) {
            stopReason = StopReason.TIME_BUDGET;
            lock.notifyAll();
            return null;
          }
          boolean pagesAllowed = pagesStarted < options.maxPages();
          int d = pagesAllowed ? frontier.lowestPageDepth() : -1;
          boolean takeable =
              d == Integer.MAX_VALUE
                  ? inFlightPages.isEmpty() || inFlightPages.lastKey() < 0
                  : d >= 0 && (inFlightPages.isEmpty() || inFlightPages.firstKey() >= d);
          if (takeable) {
            Frontier.Entry e = frontier.pollPage();
            if (e.fromSitemap()) {
              if (!seen.add(UrlHash.of(e.url()))) {
                continue;
              }
              String reason = scope.reject(e.url());
              if (reason != null) {
                skip(reason, e.url());
                continue;
              }
            }
            pagesStarted++;
            if (pagesStarted >= options.maxPages()) {
              stopReason = StopReason.MAX_PAGES;
            }
            inFlight++;
            inFlightPages.merge(e.depth(), 1, Integer::sum);
            return e;
          }
          Frontier.Entry check = frontier.pollCheck();
          if (check != null) {
            inFlight++;
            return check;
          }
          boolean pagesLeft = pagesAllowed && d >= 0;
          if (!pagesLeft && inFlight == 0 && (!sitemapsPending || !pagesAllowed)) {
            lock.notifyAll();
            return null;
          }
          lock.wait(50);
        }
      }
    }

    private void done(Frontier.Entry e) {
      synchronized (lock) {
        inFlight--;
        if (e.kind() == PageKind.PAGE) {
          inFlightPages.merge(e.depth(), -1, (a, b) -> a + b == 0 ? null : a + b);
        }
        lock.notifyAll();
      }
    }

    private void process(Frontier.Entry e) throws InterruptedException {
      FetchedPage page = pages.fetch(e);
      if (page.kind() == PageKind.PAGE) {
        pagesCrawled.incrementAndGet();
      } else {
        linksChecked.incrementAndGet();
      }
      if (page.status() < 0) {
        errors.incrementAndGet();
      }
      if (page.robotsDisallowed()) {
        disallowed.incrementAndGet();
      }
      bytes.addAndGet(page.body().length);
      if (page.kind() == PageKind.PAGE) {
        enqueueLinks(page);
      }
      listener.onPage(page);
    }

    private void enqueueLinks(FetchedPage page) {
      if (page.outlinks().isEmpty()) {
        return;
      }
      if (page.nofollowPage() && !options.followNofollow()) {
        skip("nofollow", page.finalUrl());
        return;
      }
      int depth = page.depth() < 0 ? -1 : page.depth() + 1;
      List<Frontier.Entry> add = new ArrayList<>();
      for (Outlink link : page.outlinks()) {
        PageKind kind;
        if (link.source().equals("img")) {
          if (!options.checkResources() || !link.internal() && !options.checkExternalLinks()) {
            continue;
          }
          kind = PageKind.RESOURCE;
        } else if (link.internal()) {
          kind = PageKind.PAGE;
          if (link.nofollow() && !options.followNofollow()) {
            skip("nofollow", link.url());
            continue;
          }
        } else if (options.checkExternalLinks()) {
          kind = PageKind.EXTERNAL;
        } else {
          continue;
        }
        String url = link.internal() ? scope.stripSession(link.url()) : link.url();
        long hash = UrlHash.of(url);
        if (seen.contains(hash)) {
          continue;
        }
        if (kind == PageKind.PAGE) {
          if (depth > options.maxDepth()) {
            skip("max-depth", url);
            continue;
          }
          String reason = scope.reject(url);
          if (reason != null) {
            skip(reason, url);
            continue;
          }
        } else if (url.length() > options.maxUrlLength()) {
          skip("url-too-long", url);
          continue;
        }
        if (seen.add(hash)) {
          add.add(new Frontier.Entry(url, page.finalUrl(), depth, kind, false));
        }
      }
      if (!add.isEmpty()) {
        synchronized (lock) {
          add.forEach(frontier::add);
          lock.notifyAll();
        }
      }
    }

    private void skip(String reason, String url) {
      skipped.computeIfAbsent(reason, k -> new AtomicLong()).incrementAndGet();
      List<String> samples =
          skippedSamples.computeIfAbsent(reason, k -> new CopyOnWriteArrayList<>());
      if (samples.size() < 20) {
        samples.add(url);
      }
    }

    @Override
    public void close() throws IOException {
      synchronized (lock) {
        frontier.close();
      }
      spill.close();
    }
  }
}
