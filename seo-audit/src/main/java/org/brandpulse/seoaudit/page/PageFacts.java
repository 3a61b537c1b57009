package org.brandpulse.seoaudit.page;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.brandpulse.seoaudit.crawl.FetchedPage;
import org.brandpulse.seoaudit.crawl.MetaRefresh;
import org.brandpulse.seoaudit.crawl.Outlink;
import org.brandpulse.seoaudit.crawl.PageKind;
import org.brandpulse.seoaudit.crawl.RedirectHop;

/**
 * Everything the check catalogue needs to know about one crawled URL, without its body or DOM.
 *
 * @param kind why it was fetched (site page, external link, resource)
 * @param requestedUrl the URL requested first
 * @param url the final URL (after redirects)
 * @param status the final HTTP status, -1 without response, 0 when robots.txt disallowed it
 * @param error why there is no (final) response, or null
 * @param timedOut whether the request timed out
 * @param redirects the redirect hops followed
 * @param redirectLoop whether the redirects came back to a URL already visited
 * @param contentType the media type, lower case without parameters ("" if none)
 * @param bodyLooksHtml the first bytes of the body look like an HTML document
 * @param bodyLooksBinary the first bytes are a known binary or JSON signature
 * @param bytes the body size, or the Content-Length of a HEAD check
 * @param fetchMillis wall time of all hops together
 * @param depth click depth, -1 when only reachable via sitemaps
 * @param robotsDisallowed robots.txt disallows the URL (it was not fetched)
 * @param finalSeenBefore the final URL's content comes in its own record
 * @param hsts the response carries {@code Strict-Transport-Security}
 * @param metaRefresh the meta refresh tag or Refresh header, or null
 * @param outlinks the crawler's resolved links (all sources: a, area, img, iframe, ...)
 * @param html the HTML facts, null when the final response is not HTML or was not fetched
 */
public record PageFacts(
    PageKind kind,
    String requestedUrl,
    String url,
    int status,
    String error,
    boolean timedOut,
    List<RedirectHop> redirects,
    boolean redirectLoop,
    String contentType,
    boolean bodyLooksHtml,
    boolean bodyLooksBinary,
    long bytes,
    long fetchMillis,
    int depth,
    boolean robotsDisallowed,
    boolean finalSeenBefore,
    boolean hsts,
    MetaRefresh metaRefresh,
    List<Outlink> outlinks,
    HtmlFacts html) {

  public PageFacts {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(requestedUrl, "requestedUrl");
    Objects.requireNonNull(url, "url");
    redirects = List.copyOf(redirects);
    contentType = contentType == null ? "" : contentType;
    outlinks = List.copyOf(outlinks);
  }

  /** Reads the facts of a crawled URL; parses nothing the crawler has already parsed. */
  public static PageFacts of(FetchedPage page, PageExtractor extractor) {
    byte[] body = page.body();
    String xRobots = String.join(",", page.headers().values("x-robots-tag"));
    HtmlFacts html = null;
    if (page.isHtml() && page.fetched() && !page.finalSeenBefore()) {
      html =
          page.document() != null
              ? extractor.extract(page.finalUrl(), page.document(), body.length, xRobots)
              : extractor.extract(page.finalUrl(), body, page.contentType(), xRobots);
    }
    long bytes = body.length;
    if (bytes == 0) {
      bytes =
          page.headers()
              .first("content-length")
              .map(v -> v.trim().matches("\\d{1,15}") ? Long.parseLong(v.trim()) : 0L)
              .orElse(0L);
    }
    String head = sniff(body);
    return new PageFacts(
        page.kind(),
        page.requestedUrl(),
        page.finalUrl(),
        page.status(),
        page.error(),
        page.timedOut(),
        page.redirects(),
        page.redirectLoop(),
        page.contentType(),
        head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html"),
        looksBinary(body, head),
        bytes,
        page.fetchMillis(),
        page.depth(),
        page.robotsDisallowed(),
        page.finalSeenBefore(),
        page.headers().first("strict-transport-security").isPresent(),
        page.metaRefresh(),
        page.outlinks(),
        html);
  }

  /** Whether the final response is an HTML page of the site with status 200. */
  public boolean isHtmlPage() {
    return kind == PageKind.PAGE && status == 200 && html != null;
  }

  /** The first 512 bytes, lower case, without BOM and leading whitespace or comments. */
  private static String sniff(byte[] body) {
    String head =
        new String(body, 0, Math.min(512, body.length), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    head = head.replaceFirst("^(\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe)", "").stripLeading();
    while (head.startsWith("<!--") && head.contains("-->")) {
      head = head.substring(head.indexOf("-->") + 3).stripLeading();
    }
    return head;
  }

  private static boolean looksBinary(byte[] body, String head) {
    if (body.length == 0) {
      return false;
    }
    for (int i = 0; i < Math.min(512, body.length); i++) {
      if (body[i] == 0) {
        return true;
      }
    }
    return head.startsWith("%pdf")
        || head.startsWith("\u0089png")
        || head.startsWith("gif8")
        || head.startsWith("\u00ff\u00d8\u00ff")
        || head.startsWith("pk\u0003\u0004")
        || head.startsWith("{\"")
        || head.startsWith("[{");
  }
}
