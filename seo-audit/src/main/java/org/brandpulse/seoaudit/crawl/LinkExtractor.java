package org.brandpulse.seoaudit.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brandpulse.seoaudit.url.UrlNormalizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the crawler reads from a page to decide what to follow: the base URL ({@code <base href>}),
 * page-level nofollow ({@code <meta name=robots>} or one named after our agent, and {@code
 * X-Robots-Tag}), meta refresh and the links themselves.
 */
final class LinkExtractor {

  /** The result. */
  record Extracted(
      String baseUrl, boolean nofollowPage, MetaRefresh metaRefresh, List<Outlink> links) {}

  private static final Pattern REFRESH =
      Pattern.compile(
          "^\\s*(\\d+)(?:\\.\\d*)?\\s*(?:[;,]\\s*(?:url\\s*=\\s*)?(.*))?$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern AGENT_PREFIX = Pattern.compile("^\\s*([A-Za-z0-9_-]+)\\s*:(.*)$");
  private static final Set<String> PREFIXED_DIRECTIVES =
      Set.of("unavailable_after", "max-snippet", "max-image-preview", "max-video-preview");
  private static final Set<String> FOLLOWED_LINK_RELS =
      Set.of("canonical", "alternate", "next", "prev");

  private final String agentToken;
  private final Predicate<String> internal;

  LinkExtractor(String agentToken, Predicate<String> internal) {
    this.agentToken = agentToken;
    this.internal = internal;
  }

  Extracted extract(String pageUrl, Document doc, ResponseHeaders headers) {
    String base = pageUrl;
    Element baseTag = doc.selectFirst("base[href]");
    if (baseTag != null) {
      base = UrlNormalizer.resolve(pageUrl, baseTag.attr("href")).orElse(pageUrl);
    }
    boolean nofollow = headerNofollow(headers);
    for (Element meta : doc.select("meta[name]")) {
      String name = meta.attr("name").strip().toLowerCase(Locale.ROOT);
      if ((name.equals("robots") || name.equals(agentToken)) && hasNofollow(meta.attr("content"))) {
        nofollow = true;
      }
    }
    List<Outlink> links = new ArrayList<>();
    MetaRefresh refresh = null;
    Element refreshTag = doc.selectFirst("meta[http-equiv~=(?i)^\\s*refresh\\s*$]");
    if (refreshTag != null) {
      refresh = parseRefresh(refreshTag.attr("content"), base, false);
    } else if (headers.first("refresh").isPresent()) {
      refresh = parseRefresh(headers.first("refresh").get(), pageUrl, true);
    }
    for (Element e : doc.select("a[href], area[href], link[href], iframe[src], img[src]")) {
      String tag = e.normalName();
      boolean isLink = tag.equals("link");
      if (isLink && !followedRel(e.attr("rel"), e.hasAttr("hreflang"))) {
        continue;
      }
      String href = tag.equals("iframe") || tag.equals("img") ? e.attr("src") : e.attr("href");
      var url = UrlNormalizer.resolve(base, href);
      if (url.isEmpty()) {
        continue;
      }
      boolean relNofollow = !isLink && hasToken(e.attr("rel"), "nofollow");
      links.add(new Outlink(url.get(), tag, relNofollow, internal.test(url.get())));
    }
    if (refresh != null && refresh.url() != null) {
      links.add(
          new Outlink(
              refresh.url(),
              refresh.fromHeader() ? "header-refresh" : "meta-refresh",
              false,
              internal.test(refresh.url())));
    }
    return new Extracted(base, nofollow, refresh, links);
  }

  /** Whether the response's X-Robots-Tag headers say nofollow for us. */
  boolean headerNofollow(ResponseHeaders headers) {
    for (String value : headers.values("x-robots-tag")) {
      String rules = value;
      Matcher m = AGENT_PREFIX.matcher(value);
      if (m.matches() && !PREFIXED_DIRECTIVES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        String agent = m.group(1).toLowerCase(Locale.ROOT);
        if (!agent.equals(agentToken)) {
          continue;
        }
        rules = m.group(2);
      }
      if (hasNofollow(rules)) {
        return true;
      }
    }
    return false;
  }

  static MetaRefresh parseRefresh(String content, String base, boolean fromHeader) {
    Matcher m = REFRESH.matcher(content == null ? "" : content);
    if (!m.matches()) {
      return null;
    }
    int delay;
    try {
      delay = (int) Math.min(Integer.MAX_VALUE, Long.parseLong(m.group(1)));
    } catch (NumberFormatException e) {
      delay = Integer.MAX_VALUE;
    }
    String target = m.group(2) == null ? "" : m.group(2).strip();
    if (target.length() >= 2 && (target.charAt(0) == '\'' || target.charAt(0) == '"')) {
      int close = target.indexOf(target.charAt(0), 1);
      target = close < 0 ? target.substring(1) : target.substring(1, close);
    }
    String url = target.isEmpty() ? null : UrlNormalizer.resolve(base, target).orElse(null);
    return new MetaRefresh(delay, url, fromHeader);
  }

  private static boolean hasNofollow(String content) {
    return hasToken(content, "nofollow") || hasToken(content, "none");
  }

  /** Canonical, pagination and hreflang alternates are followed; feeds and styles are not. */
  private static boolean followedRel(String rel, boolean hreflang) {
    for (String t : rel.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      if (FOLLOWED_LINK_RELS.contains(t) && (hreflang || !t.equals("alternate"))) {
        return !rel.toLowerCase(Locale.ROOT).contains("stylesheet");
      }
    }
    return false;
  }

  private static boolean hasToken(String list, String token) {
    for (String t : list.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      if (t.equals(token)) {
        return true;
      }
    }
    return false;
  }
}
