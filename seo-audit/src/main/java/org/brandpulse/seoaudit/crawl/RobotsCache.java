package org.brandpulse.seoaudit.crawl;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.brandpulse.seoaudit.robots.RobotsInfo;
import org.brandpulse.seoaudit.robots.RobotsLinter;
import org.brandpulse.seoaudit.robots.RobotsRules;
import org.brandpulse.seoaudit.url.UrlNormalizer;

/**
 * robots.txt per origin, fetched once (other threads wait for the first), following up to five
 * redirects (RFC 9309 2.3.1.2). The result is reported to the listener and sets the host's crawl
 * delay in the {@link HostGate}.
 */
final class RobotsCache {

  private static final int MAX_REDIRECTS = 5;
  private static final long MAX_BYTES = 1024 * 1024;

  private final CrawlOptions options;
  private final Fetcher fetcher;
  private final HostGate gate;
  private final CrawlListener listener;
  private final String agentToken;
  private final Map<String, CompletableFuture<RobotsInfoAndRules>> byOrigin =
      new ConcurrentHashMap<>();

  record RobotsInfoAndRules(RobotsInfo info, RobotsRules rules) {}

  RobotsCache(CrawlOptions options, Fetcher fetcher, HostGate gate, CrawlListener listener) {
    this.options = options;
    this.fetcher = fetcher;
    this.gate = gate;
    this.listener = listener;
    this.agentToken = RobotsRules.productToken(options.userAgent());
  }

  /** The rules for {@code origin} (scheme://host[:port]), fetching robots.txt on first use. */
  RobotsInfoAndRules get(String origin) throws InterruptedException {
    CompletableFuture<RobotsInfoAndRules> mine = new CompletableFuture<>();
    CompletableFuture<RobotsInfoAndRules> existing = byOrigin.putIfAbsent(origin, mine);
    if (existing == null) {
      try {
        RobotsInfoAndRules loaded = load(origin);
        mine.complete(loaded);
        long delay =
            Math.max(
                options.minDelay().toMillis(),
                Math.min(loaded.rules().crawlDelayMillis(), options.maxCrawlDelay().toMillis()));
        gate.configure(UrlNormalizer.host(origin), delay, options.concurrency());
        listener.onRobots(origin, loaded.info());
        return loaded;
      } catch (InterruptedException | RuntimeException e) {
        mine.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return existing.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InterruptedException ie) {
        throw ie;
      }
      throw new IllegalStateException("robots.txt of " + origin + " failed to load", e.getCause());
    }
  }

  /** Whether {@code url} may be fetched (always true when robots.txt is not respected). */
  boolean allowed(String url) throws InterruptedException {
    if (!options.respectRobots()) {
      return true;
    }
    return get(UrlNormalizer.origin(url)).rules().isAllowed(url);
  }

  private RobotsInfoAndRules load(String origin) throws InterruptedException {
    String robotsUrl = origin + "/robots.txt";
    String current = robotsUrl;
    int lastStatus = -1;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      String host = UrlNormalizer.host(current);
      RawResponse r;
      gate.acquire(host);
      try {
        r =
            fetcher.fetch(
                new FetchRequest(
                    current,
                    "GET",
                    options.userAgent(),
                    options.connectTimeout(),
                    options.readTimeout(),
                    MAX_BYTES));
      } catch (IOException e) {
        String why =
            (e instanceof HttpTimeoutException ? "timed out: " : "unreachable: ") + e.getMessage();
        return failed(origin, robotsUrl, -1, why);
      } finally {
        gate.release(host);
      }
      int status = r.status();
      lastStatus = status;
      if (status >= 300 && status < 400 && r.headers().first("location").isPresent()) {
        var next = UrlNormalizer.resolve(current, r.headers().first("location").get());
        if (next.isEmpty()) {
          return failed(origin, robotsUrl, status, "redirect to an invalid Location");
        }
        current = next.get();
        continue;
      }
      if (status >= 200 && status < 300) {
        String contentType = Crawler.mediaType(r.headers());
        RobotsRules rules = RobotsRules.parse(current, r.body(), options.userAgent());
        String raw =
            new String(
                r.body(),
                0,
                (int) Math.min(r.body().length, RobotsRules.MAX_PARSED_BYTES),
                StandardCharsets.UTF_8);
        RobotsInfo info =
            new RobotsInfo(
                origin,
                robotsUrl,
                status,
                null,
                raw,
                RobotsLinter.lint(r.body(), contentType),
                rules.sitemaps(),
                rules.crawlDelayMillis(),
                rules.allowsAll(),
                rules.allowsNone());
        return new RobotsInfoAndRules(info, rules);
      }
      return failed(origin, robotsUrl, status, null);
    }
    // RFC 9309 2.3.1.2: after five redirects the file may be treated as unavailable (allow all)
    RobotsInfoAndRules unavailable = failed(origin, robotsUrl, 404, null);
    return new RobotsInfoAndRules(
        new RobotsInfo(
            origin,
            robotsUrl,
            lastStatus,
            "more than " + MAX_REDIRECTS + " redirects",
            "",
            List.of(),
            List.of(),
            -1,
            true,
            false),
        unavailable.rules());
  }

  private RobotsInfoAndRules failed(String origin, String url, int status, String error) {
    RobotsRules rules = RobotsRules.forFailedStatus(status);
    RobotsInfo info =
        new RobotsInfo(
            origin,
            url,
            status,
            error,
            "",
            List.of(),
            List.of(),
            -1,
            rules.allowsAll(),
            rules.allowsNone());
    return new RobotsInfoAndRules(info, rules);
  }

  String agentToken() {
    return agentToken;
  }
}
