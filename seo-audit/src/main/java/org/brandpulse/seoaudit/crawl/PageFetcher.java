package org.brandpulse.seoaudit.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brandpulse.seoaudit.robots.RobotsInfo;
import org.brandpulse.seoaudit.url.LongHashSet;
import org.brandpulse.seoaudit.url.UrlHash;
import org.brandpulse.seoaudit.url.UrlNormalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetches one frontier entry into a {@link FetchedPage}: robots.txt check, every redirect hop
 * (loops, overlong chains, disallowed or off-site targets stop the chain), the final response and,
 * for site HTML, the parsed document and its links.
 */
final class PageFetcher {

  /** Body cap for external link and resource checks that fall back to GET. */
  static final long CHECK_BYTES = 64 * 1024;

  private final CrawlOptions options;
  private final Fetcher fetcher;
  private final HostGate gate;
  private final RobotsCache robots;
  private final SiteScope scope;
  private final LongHashSet seen;
  private final LinkExtractor extractor;

  PageFetcher(
      CrawlOptions options,
      Fetcher fetcher,
      HostGate gate,
      RobotsCache robots,
      SiteScope scope,
      LongHashSet seen) {
    this.options = options;
    this.fetcher = fetcher;
    this.gate = gate;
    this.robots = robots;
    this.scope = scope;
    this.seen = seen;
    this.extractor = new LinkExtractor(robots.agentToken(), scope::isInternal);
  }

  private record Hop(RawResponse response, String error, boolean timedOut, long nanos) {}

  FetchedPage fetch(Frontier.Entry entry) throws InterruptedException {
    // what the page costs the server: the HTTP exchanges only, not robots.txt or the politeness
    // gate (a crawl delay, or a busy crawler, would make every page "slow")
    long network = 0;
    boolean page = entry.kind() == PageKind.PAGE;
    String url = entry.url();
    if (page && !robots.allowed(url)) {
      RobotsInfo info = robots.get(UrlNormalizer.origin(url)).info();
      if (info.status() < 0) {
        // RFC 9309 2.3.1.4 says disallow; for an audit the host is simply unreachable
        return result(
            entry,
            url,
            -1,
            "not fetched: robots.txt " + info.error(),
            info.error() != null && info.error().startsWith("timed out"),
            List.of(),
            false,
            null,
            false,
            false,
            false,
            network,
            false);
      }
      return result(
          entry, url, 0, null, false, List.of(), false, null, false, true, false, network, false);
    }
    List<RedirectHop> hops = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    visited.add(url);
    String current = url;
    boolean finalSeenBefore = false;
    while (true) {
      boolean internal = scope.isInternal(current);
      boolean keepBody = page && internal && !finalSeenBefore;
      Hop hop =
          request(current, page ? "GET" : "HEAD", keepBody ? options.maxPageBytes() : CHECK_BYTES);
      network += hop.nanos();
      if (!page && hop.response() != null && retryWithGet(hop.response().status())) {
        hop = request(current, "GET", CHECK_BYTES);
        network += hop.nanos();
      }
      if (hop.response() == null) {
        return result(
            entry,
            current,
            -1,
            hop.error(),
            hop.timedOut(),
            hops,
            false,
            null,
            false,
            false,
            finalSeenBefore,
            network,
            false);
      }
      RawResponse r = hop.response();
      int status = r.status();
      String location = r.headers().first("location").orElse(null);
      if (status < 300 || status > 399 || location == null) {
        return result(
            entry,
            current,
            status,
            null,
            false,
            hops,
            false,
            r,
            keepBody && internal,
            false,
            finalSeenBefore,
            network,
            keepBody);
      }
      String target = UrlNormalizer.resolve(current, location).orElse(null);
      if (target != null && scope.isInternal(target)) {
        target = scope.stripSession(target);
      }
      hops.add(new RedirectHop(current, status, location, target));
      if (target == null) {
        return result(
            entry,
            current,
            status,
            "redirect to an invalid Location " + CrawlOptions.clip(location),
            false,
            hops,
            false,
            r,
            false,
            false,
            finalSeenBefore,
            network,
            false);
      }
      if (visited.contains(target)) {
        return result(
            entry,
            target,
            status,
            "redirect loop back to " + target,
            false,
            hops,
            true,
            r,
            false,
            false,
            finalSeenBefore,
            network,
            false);
      }
      if (hops.size() > options.maxRedirects()) {
        return result(
            entry,
            target,
            status,
            "more than " + options.maxRedirects() + " redirects",
            false,
            hops,
            false,
            r,
            false,
            false,
            finalSeenBefore,
            network,
            false);
      }
      boolean targetInternal = scope.isInternal(target);
      if (page && !targetInternal && !options.checkExternalLinks()) {
        return result(
            entry,
            target,
            status,
            "redirect leaves the site; not followed",
            false,
            hops,
            false,
            r,
            false,
            false,
            finalSeenBefore,
            network,
            false);
      }
      if (page && targetInternal && !robots.allowed(target)) {
        return result(
            entry,
            target,
            status,
            "redirect target disallowed by robots.txt",
            false,
            hops,
            false,
            r,
            false,
            true,
            finalSeenBefore,
            network,
            false);
      }
      if (page && targetInternal && !finalSeenBefore && !seen.add(UrlHash.of(target))) {
        finalSeenBefore = true;
      }
      visited.add(target);
      current = target;
    }
  }

  private static boolean retryWithGet(int status) {
    return status == 405 || status == 501 || status == 400 || status == 403;
  }

  private Hop request(String url, String method, long cap) throws InterruptedException {
    String host = UrlNormalizer.host(url);
    gate.acquire(host);
    long sent = System.nanoTime();
    try {
      RawResponse r =
          fetcher.fetch(
              new FetchRequest(
                  url,
                  method,
                  options.userAgent(),
                  options.connectTimeout(),
                  options.readTimeout(),
                  cap));
      return new Hop(r, null, false, System.nanoTime() - sent);
    } catch (HttpConnectTimeoutException e) {
      return new Hop(null, "connect timed out: " + e.getMessage(), true, System.nanoTime() - sent);
    } catch (HttpTimeoutException | java.net.SocketTimeoutException e) {
      return new Hop(null, "timed out: " + e.getMessage(), true, System.nanoTime() - sent);
    } catch (IOException e) {
      return new Hop(
          null,
          e.getClass().getSimpleName() + ": " + e.getMessage(),
          false,
          System.nanoTime() - sent);
    } finally {
      gate.release(host);
    }
  }

  private FetchedPage result(
      Frontier.Entry entry,
      String finalUrl,
      int status,
      String error,
      boolean timedOut,
      List<RedirectHop> hops,
      boolean loop,
      RawResponse r,
      boolean parse,
      boolean disallowed,
      boolean finalSeenBefore,
      long networkNanos,
      boolean keepBody) {
    long millis = networkNanos / 1_000_000;
    ResponseHeaders headers = r == null ? ResponseHeaders.EMPTY : r.headers();
    String contentType = r == null ? "" : Crawler.mediaType(headers);
    String charset = r == null ? null : Crawler.charsetParam(headers);
    byte[] body = r != null && keepBody ? r.body() : new byte[0];
    boolean truncated = r != null && r.truncated();
    Document doc = null;
    LinkExtractor.Extracted extracted = null;
    boolean html = contentType.equals("text/html") || contentType.equals("application/xhtml+xml");
    if (parse && html && status >= 200 && status < 300) {
      doc = parseHtml(body, charset, finalUrl);
      extracted = extractor.extract(finalUrl, doc, headers);
    }
    boolean nofollowPage =
        extracted != null
            ? extracted.nofollowPage()
            : r != null && extractor.headerNofollow(headers);
    return new FetchedPage(
        entry.kind(),
        entry.url(),
        finalUrl,
        status,
        error,
        timedOut,
        hops,
        loop,
        headers,
        contentType,
        charset,
        body,
        truncated,
        millis,
        entry.depth(),
        entry.referrer(),
        disallowed,
        entry.fromSitemap(),
        finalSeenBefore,
        nofollowPage,
        extracted == null ? null : extracted.metaRefresh(),
        extracted == null ? finalUrl : extracted.baseUrl(),
        extracted == null ? List.of() : extracted.links(),
        doc);
  }

  /** Declared charset when Java knows it, else jsoup's detection (BOM, meta, UTF-8). */
  static Document parseHtml(byte[] body, String declaredCharset, String url) {
    String cs =
        declaredCharset == null
            ? null
            : Charsets.lookup(declaredCharset, null) == null
                ? null
                : Charsets.lookup(declaredCharset, null).name();
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), cs, url);
    } catch (IOException | RuntimeException e) {
      return Jsoup.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8), url);
    }
  }
}
