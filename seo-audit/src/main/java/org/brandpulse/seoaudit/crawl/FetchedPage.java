package org.brandpulse.seoaudit.crawl;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * One URL as the crawler saw it: every redirect hop, the final response and what the crawler parsed
 * to decide what to follow. Handed to {@link CrawlListener#onPage}; the crawler keeps no reference
 * afterwards, so a listener that does not keep it lets the body be collected.
 *
 * <p>{@code status} is the status of the last response received; it is {@code -1} when no response
 * arrived (then {@code error} says why and {@code timedOut} tells timeouts apart) and {@code 0}
 * when the URL was not requested because robots.txt disallows it ({@code robotsDisallowed}). A
 * redirect chain that stops early (loop, too long, leaves the site while external links are not
 * checked, or reaches a disallowed URL) keeps the last 3xx status, names the URL it did not request
 * as {@code finalUrl} and says why in {@code error}.
 *
 * @param kind why it was fetched
 * @param requestedUrl the normalised URL requested first
 * @param finalUrl the normalised URL of the last response (equals {@code requestedUrl} without
 *     redirects)
 * @param status the HTTP status, -1 (no response) or 0 (not requested: robots.txt)
 * @param error why there is no (final) response, or null
 * @param timedOut whether the (last) request timed out (connect or read)
 * @param redirects every redirect hop in order, empty without redirects
 * @param redirectLoop whether the chain came back to a URL it had already visited
 * @param headers the final response's headers (lower-case names)
 * @param contentType the final response's media type, lower case without parameters; "" if none
 * @param charset the charset named in {@code Content-Type}, or null
 * @param body the body after content decoding, at most {@code maxPageBytes}; empty for HEAD checks
 *     and when not fetched; do not modify
 * @param truncated whether the body was cut at the size cap (or the decompression cap)
 * @param fetchMillis wall time of all hops together
 * @param depth click depth from the start URLs (0 for them), -1 when only reachable via sitemaps
 * @param referrer the page that linked to it first (null for start and sitemap URLs)
 * @param robotsDisallowed whether robots.txt disallows {@code finalUrl} (then it was not fetched)
 * @param fromSitemapOnly whether it was queued from a sitemap, not found as a link by then
 * @param finalSeenBefore whether {@code finalUrl} was already fetched or queued on its own; then
 *     the body is empty and the final URL's content comes in its own {@code FetchedPage}
 * @param nofollowPage whether {@code <meta name=robots>} or {@code X-Robots-Tag} says nofollow
 * @param metaRefresh the meta refresh tag or Refresh header, or null
 * @param baseUrl the URL relative links resolve against (honours {@code <base href>})
 * @param outlinks links found on the page, in document order (empty when not HTML)
 * @param document the parsed HTML, or null when not HTML; shared, do not modify, and do not keep
 */
public record FetchedPage(
    PageKind kind,
    String requestedUrl,
    String finalUrl,
    int status,
    String error,
    boolean timedOut,
    List<RedirectHop> redirects,
    boolean redirectLoop,
    ResponseHeaders headers,
    String contentType,
    String charset,
    byte[] body,
    boolean truncated,
    long fetchMillis,
    int depth,
    String referrer,
    boolean robotsDisallowed,
    boolean fromSitemapOnly,
    boolean finalSeenBefore,
    boolean nofollowPage,
    MetaRefresh metaRefresh,
    String baseUrl,
    List<Outlink> outlinks,
    Document document) {

  /** Validates and copies the lists. */
  public FetchedPage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(requestedUrl, "requestedUrl");
    Objects.requireNonNull(finalUrl, "finalUrl");
    if (status < -1 || status > 999) {
      throw new IllegalArgumentException("status out of range: " + status + " for " + requestedUrl);
    }
    redirects = List.copyOf(redirects);
    headers = headers == null ? ResponseHeaders.EMPTY : headers;
    contentType = contentType == null ? "" : contentType;
    body = body == null ? new byte[0] : body;
    if (depth < -1) {
      throw new IllegalArgumentException("depth must be >= -1, got " + depth);
    }
    baseUrl = baseUrl == null ? finalUrl : baseUrl;
    outlinks = List.copyOf(outlinks);
  }

  /** Whether a response arrived (status > 0). */
  public boolean fetched() {
    return status > 0;
  }

  /** Whether the final response is HTML (text/html or application/xhtml+xml). */
  public boolean isHtml() {
    return contentType.equals("text/html") || contentType.equals("application/xhtml+xml");
  }

  /** Whether at least one redirect was followed. */
  public boolean redirected() {
    return !redirects.isEmpty();
  }

  /**
   * The body decoded: the parsed document's charset when HTML, else the declared charset, else
   * UTF-8; malformed bytes become U+FFFD.
   */
  public String bodyText() {
    Charset cs = StandardCharsets.UTF_8;
    if (document != null) {
      cs = document.charset();
    } else if (charset != null) {
      cs = Charsets.lookup(charset, StandardCharsets.UTF_8);
    }
    return new String(body, cs);
  }

  @Override
  public String toString() {
    return "FetchedPage["
        + kind
        + " "
        + requestedUrl
        + " -> "
        + status
        + (requestedUrl.equals(finalUrl) ? "" : " " + finalUrl)
        + (error == null ? "" : " error=" + error)
        + ", depth="
        + depth
        + ", "
        + body.length
        + " bytes]";
  }
}
