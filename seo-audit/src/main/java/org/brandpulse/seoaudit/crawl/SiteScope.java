package org.brandpulse.seoaudit.crawl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.brandpulse.seoaudit.url.UrlHash;
import org.brandpulse.seoaudit.url.UrlNormalizer;

/**
 * Which URLs belong to the site and which of them may be queued: include/exclude patterns and the
 * crawl-trap guards (URL length, query parameter count, query variants per path, URLs per path
 * pattern with digits collapsed, repeated path segments). Session ids are stripped first. Thread-
 * safe.
 */
final class SiteScope {

  private static final Pattern JSESSIONID = Pattern.compile("(?i);jsessionid=[^/?]*");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final CrawlOptions options;
  private final Set<String> siteHosts;
  private final Map<Long, Integer> perPath = new HashMap<>();
  private final Map<Long, Integer> perPattern = new HashMap<>();

  SiteScope(CrawlOptions options, Set<String> siteHosts) {
    this.options = options;
    this.siteHosts = Set.copyOf(siteHosts);
  }

  Set<String> siteHosts() {
    return siteHosts;
  }

  /** On the site: its host and port (the port only when not the default) are the site's. */
  boolean isInternal(String normalizedUrl) {
    return siteHosts.contains(UrlNormalizer.authority(normalizedUrl));
  }

  /** Removes {@code ;jsessionid=} and the configured session query parameters. */
  String stripSession(String url) {
    String s = url;
    if (s.toLowerCase(Locale.ROOT).contains(";jsessionid=")) {
      s = JSESSIONID.matcher(s).replaceAll("");
    }
    int q = s.indexOf('?');
    if (q < 0 || options.sessionParams().isEmpty()) {
      return s;
    }
    StringBuilder kept = new StringBuilder();
    for (String param : s.substring(q + 1).split("&")) {
      int eq = param.indexOf('=');
      String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (!options.sessionParams().contains(name)) {
        kept.append(kept.length() == 0 ? "" : "&").append(param);
      }
    }
    return kept.length() == 0 ? s.substring(0, q) : s.substring(0, q + 1) + kept;
  }

  /** Null when an internal URL may be queued, else the skip reason. */
  String reject(String url) {
    if (url.length() > options.maxUrlLength()) {
      return "url-too-long";
    }
    if (!options.include().isEmpty()
        && options.include().stream().noneMatch(p -> p.matcher(url).find())) {
      return "include";
    }
    if (options.exclude().stream().anyMatch(p -> p.matcher(url).find())) {
      return "exclude";
    }
    String pathAndQuery = UrlNormalizer.pathAndQuery(url);
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    if (q >= 0 && pathAndQuery.substring(q + 1).split("&").length > options.maxQueryParams()) {
      return "too-many-params";
    }
    if (repeatedSegments(path)) {
      return "repeated-segments";
    }
    String host = UrlNormalizer.host(url);
    if (q >= 0 && !count(perPath, UrlHash.of(host + path), options.maxUrlsPerPath())) {
      return "path-cap";
    }
    String pattern =
        DIGITS.matcher(path + (q < 0 ? "" : pathAndQuery.substring(q))).replaceAll("0");
    long runs = DIGITS.matcher(pathAndQuery).results().count();
    if (runs >= 2
        && !count(perPattern, UrlHash.of(host + pattern), options.maxUrlsPerPathPattern())) {
      return "pattern-cap";
    }
    return null;
  }

  private synchronized boolean count(Map<Long, Integer> counts, long key, int cap) {
    int n = counts.merge(key, 1, Integer::sum);
    return n <= cap;
  }

  /** A path segment that appears more than three times (e.g. {@code /a/b/a/b/a/b/a/}). */
  static boolean repeatedSegments(String path) {
    String[] segments = path.split("/");
    if (segments.length < 5) {
      return false;
    }
    Map<String, Integer> seen = new HashMap<>();
    Set<String> repeated = new HashSet<>();
    for (String s : segments) {
      if (!s.isEmpty() && seen.merge(s, 1, Integer::sum) > 3) {
        repeated.add(s);
      }
    }
    return !repeated.isEmpty();
  }
}
