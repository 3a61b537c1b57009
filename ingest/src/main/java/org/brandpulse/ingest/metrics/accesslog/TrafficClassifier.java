package org.brandpulse.ingest.metrics.accesslog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Classifies requests (not thread-safe: it caches user-agent answers): asset or page, bot or human,
 * and the channel of a landing hit.
 *
 * <p><b>Pages</b> are documents: not feeds, API calls, assets (style sheets, scripts, images,
 * fonts, media, JSON/XML, or anything under {@code /static/ /assets/ /wp-content/ ...}) or
 * downloads (archives, binaries, source and log files, PDFs), see {@link #requestKind}.
 *
 * <p><b>Bots by user agent</b> ({@link AgentRules}): empty agents, feed readers, monitors,
 * configuration-management agents, HTTP fetchers, and crawlers of the crawler-user-agents list. Any
 * client fetching {@code /robots.txt} is a bot too ({@link #isRobotsFetch}).
 *
 * <p><b>Channel</b>, first rule that matches wins:
 *
 * <ol>
 *   <li>a click id ({@code gclid gbraid wbraid msclkid dclid}) or {@code utm_medium} cpc, ppc,
 *       paid, paidsearch, paid_search, sem → Paid Search;
 *   <li>{@code utm_medium} email, e-mail, newsletter → Email;
 *   <li>{@code utm_medium} social, social-media, social_media, sm, or {@code utm_source} a social
 *       network → Social;
 *   <li>{@code utm_medium} organic → Organic Search; {@code utm_medium} referral → Referral;
 *   <li>no referrer, or a referrer on one of the site's own hosts → Direct;
 *   <li>referrer host a webmail host → Email; a search engine → Organic Search; a social network →
 *       Social;
 *   <li>any other referrer → Referral.
 * </ol>
 *
 * Hosts match by exact name or as a parent domain ({@code m.facebook.com} matches {@code
 * facebook.com}); search engines match by a label ({@code google} in {@code www.google.co.uk}).
 */
public final class TrafficClassifier {

  private static final Set<String> ASSET_EXTENSIONS =
      Set.of(
          "css",
          "js",
          "mjs",
          "map",
          "png",
          "jpg",
          "jpeg",
          "gif",
          "svg",
          "webp",
          "avif",
          "ico",
          "bmp",
          "tif",
          "tiff",
          "woff",
          "woff2",
          "ttf",
          "otf",
          "eot",
          "json",
          "xml",
          "xsl",
          "webmanifest",
          "mp4",
          "webm",
          "mp3",
          "ogg",
          "wav",
          "txt",
          "swf");
  private static final Set<String> DOWNLOAD_EXTENSIONS =
      Set.of(
          "jar",
          "war",
          "zip",
          "gz",
          "tgz",
          "tar",
          "bz2",
          "xz",
          "7z",
          "rar",
          "exe",
          "msi",
          "dmg",
          "pkg",
          "deb",
          "rpm",
          "apk",
          "iso",
          "img",
          "bin",
          "log",
          "py",
          "pyc",
          "rb",
          "pl",
          "pm",
          "sh",
          "c",
          "h",
          "cc",
          "cpp",
          "java",
          "class",
          "go",
          "rs",
          "conf",
          "cfg",
          "ini",
          "yml",
          "yaml",
          "toml",
          "pdf",
          "doc",
          "docx",
          "xls",
          "xlsx",
          "ppt",
          "pptx",
          "odt",
          "ods",
          "odp",
          "csv",
          "tsv",
          "tex",
          "m4",
          "mk",
          "markdown",
          "md",
          "patch",
          "diff",
          "sql",
          "dat",
          "jnlp",
          "epub",
          "mobi",
          "xs");
  private static final Set<String> FEED_EXTENSIONS = Set.of("rss", "atom", "rdf");
  private static final Set<String> FEED_SEGMENTS = Set.of("feed", "feeds", "rss", "atom");
  private static final Set<String> FEED_QUERY_VALUES =
      Set.of("rss", "rss2", "rss20", "atom", "rdf", "feed");
  private static final List<String> ASSET_FOLDERS =
      List.of("/static/", "/assets/", "/_next/static/", "/wp-content/", "/wp-includes/");
  private static final List<String> API_PREFIXES =
      List.of("/api/", "/wp-json/", "/graphql", "/xmlrpc.php", "/wp-admin/admin-ajax.php");

  private static final Set<String> SEARCH_LABELS =
      Set.of(
          "google",
          "bing",
          "duckduckgo",
          "yahoo",
          "yandex",
          "baidu",
          "ecosia",
          "naver",
          "seznam",
          "qwant",
          "startpage",
          "ask",
          "brave");
  private static final List<String> SOCIAL_HOSTS =
      List.of(
          "facebook.com",
          "fb.com",
          "t.co",
          "twitter.com",
          "x.com",
          "linkedin.com",
          "lnkd.in",
          "instagram.com",
          "reddit.com",
          "pinterest.com",
          "youtube.com",
          "tiktok.com",
          "mastodon.social",
          "bsky.app",
          "threads.net",
          "vk.com",
          "weibo.com",
          "news.ycombinator.com");
  private static final Set<String> SOCIAL_SOURCES =
      Set.of(
          "facebook",
          "fb",
          "twitter",
          "x",
          "linkedin",
          "instagram",
          "reddit",
          "pinterest",
          "youtube",
          "tiktok",
          "mastodon",
          "bluesky",
          "threads");
  private static final List<String> MAIL_HOSTS =
      List.of("mail.google.com", "outlook.live.com", "outlook.office.com", "mail.yahoo.com");

  private static final int AGENT_CACHE = 10_000;

  private final Set<String> siteHosts;
  private static final Object PERSON = new Object();

  private final AgentRules agents = AgentRules.DEFAULT;
  private final java.util.Map<String, Object> agentCache = new java.util.HashMap<>();
  private static final int PATH_CACHE = 50_000;
  private final java.util.Map<String, Object> pathCache = new java.util.HashMap<>();

  /**
   * Creates a classifier.
   *
   * @param siteHosts the site's own host names (any case, {@code www.} optional), whose referrers
   *     count as Direct
   */
  public TrafficClassifier(Set<String> siteHosts) {
    this.siteHosts =
        Objects.requireNonNull(siteHosts, "siteHosts").stream()
            .map(h -> host(h.contains("://") ? h : "http://" + h))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Returns true for a request that is not a page (see {@link #requestKind}). */
  public boolean isAsset(String path) {
    return requestKind(path, "") != null;
  }

  /**
   * What a request of a path and query string is when it is not a page: {@link FilterReason#FEED}
   * (a feed segment such as {@code /feed}, a {@code .rss .atom .rdf} file, or a query value such as
   * {@code ?flav=rss20}), {@link FilterReason#API}, {@link FilterReason#ASSET}, {@link
   * FilterReason#DOWNLOAD} (archives, binaries, source and log files, office documents and PDFs);
   * null for a page (no extension, or {@code .html .php ...}).
   */
  public FilterReason requestKind(String path, String query) {
    if (!query.isEmpty() && feedQuery(query)) {
      return FilterReason.FEED;
    }
    // a log asks for few distinct paths many times: each is classified once
    Object cached = pathCache.get(path);
    if (cached == null) {
      if (pathCache.size() >= PATH_CACHE) {
        pathCache.clear();
      }
      FilterReason kind = pathKind(path);
      cached = kind == null ? PERSON : kind;
      pathCache.put(path, cached);
    }
    return cached == PERSON ? null : (FilterReason) cached;
  }

  private static FilterReason pathKind(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    for (String prefix : API_PREFIXES) {
      if (lower.startsWith(prefix) || lower.equals(prefix.substring(0, prefix.length() - 1))) {
        return FilterReason.API;
      }
    }
    if (lower.equals("/robots.txt")) {
      return FilterReason.ASSET;
    }
    for (String folder : ASSET_FOLDERS) {
      if (lower.startsWith(folder)) {
        return FilterReason.ASSET;
      }
    }
    int slash =
        lower.endsWith("/") ? lower.lastIndexOf('/', lower.length() - 2) : lower.lastIndexOf('/');
    String segment = lower.substring(slash + 1).replace("/", "");
    if (FEED_SEGMENTS.contains(segment)) {
      return FilterReason.FEED;
    }
    int dot = segment.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String ext = segment.substring(dot + 1);
    if (FEED_EXTENSIONS.contains(ext)) {
      return FilterReason.FEED;
    }
    if (ASSET_EXTENSIONS.contains(ext)) {
      return FilterReason.ASSET;
    }
    return DOWNLOAD_EXTENSIONS.contains(ext) ? FilterReason.DOWNLOAD : null;
  }

  private static boolean feedQuery(String query) {
    for (String name : List.of("flav", "feed", "format", "type")) {
      String value = param(query, name);
      if (value != null && FEED_QUERY_VALUES.contains(value)) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when the user agent is not a person's (see {@link #botReason}). */
  public boolean isBotAgent(String userAgent) {
    return botReason(userAgent) != null;
  }

  /**
   * Returns why a user agent is not a person ({@link AgentRules}), or null. Answers are cached per
   * user-agent string (at most {@value #AGENT_CACHE} entries, then the cache restarts), since a log
   * repeats few distinct agents.
   */
  public FilterReason botReason(String userAgent) {
    Object cached = agentCache.get(userAgent);
    if (cached == null) {
      if (agentCache.size() >= AGENT_CACHE) {
        agentCache.clear();
      }
      FilterReason reason = agents.reasonOf(userAgent);
      cached = reason == null ? PERSON : reason;
      agentCache.put(userAgent, cached);
    }
    return cached == PERSON ? null : (FilterReason) cached;
  }

  /** Returns true for a request of {@code /robots.txt}, which only crawlers make. */
  public boolean isRobotsFetch(String path) {
    return path.equals("/robots.txt");
  }

  /** Returns the channel of a landing hit from its query string and referrer. */
  public Channel channel(String query, String referrer) {
    String medium = param(query, "utm_medium");
    if (param(query, "gclid") != null
        || param(query, "gbraid") != null
        || param(query, "wbraid") != null
        || param(query, "msclkid") != null
        || param(query, "dclid") != null
        || in(medium, "cpc", "ppc", "paid", "paidsearch", "paid_search", "sem")) {
      return Channel.PAID_SEARCH;
    }
    if (in(medium, "email", "e-mail", "newsletter")) {
      return Channel.EMAIL;
    }
    String source = param(query, "utm_source");
    if (in(medium, "social", "social-media", "social_media", "sm")
        || (source != null && SOCIAL_SOURCES.contains(source))) {
      return Channel.SOCIAL;
    }
    if (in(medium, "organic")) {
      return Channel.ORGANIC_SEARCH;
    }
    if (in(medium, "referral")) {
      return Channel.REFERRAL;
    }
    String host = host(referrer);
    if (host.isEmpty() || matches(host, siteHosts)) {
      return Channel.DIRECT;
    }
    if (matches(host, MAIL_HOSTS)) {
      return Channel.EMAIL;
    }
    for (String label : host.split("\\.")) {
      if (SEARCH_LABELS.contains(label)) {
        return Channel.ORGANIC_SEARCH;
      }
    }
    return matches(host, SOCIAL_HOSTS) ? Channel.SOCIAL : Channel.REFERRAL;
  }

  private static boolean matches(String host, Iterable<String> hosts) {
    for (String h : hosts) {
      if (host.equals(h) || host.endsWith("." + h)) {
        return true;
      }
    }
    return false;
  }

  private static boolean in(String value, String... options) {
    return value != null && List.of(options).contains(value);
  }

  /** Returns the lower-cased value of a query parameter, "" when present without value. */
  static String param(String query, String name) {
    int from = 0;
    while (from <= query.length()) {
      int amp = query.indexOf('&', from);
      int end = amp < 0 ? query.length() : amp;
      int eq = query.indexOf('=', from);
      int keyEnd = eq < 0 || eq > end ? end : eq;
      if (query.regionMatches(true, from, name, 0, name.length())
          && keyEnd - from == name.length()) {
        return keyEnd == end ? "" : query.substring(keyEnd + 1, end).toLowerCase(Locale.ROOT);
      }
      if (amp < 0) {
        break;
      }
      from = amp + 1;
    }
    return null;
  }

  /** Returns the lower-case host of a referrer URL, "" when there is none. */
  static String host(String referrer) {
    int scheme = referrer.indexOf("://");
    int start = scheme < 0 ? 0 : scheme + 3;
    int end = start;
    while (end < referrer.length() && "/?#:".indexOf(referrer.charAt(end)) < 0) {
      end++;
    }
    String host = referrer.substring(start, end).toLowerCase(Locale.ROOT);
    int at = host.lastIndexOf('@');
    host = at >= 0 ? host.substring(at + 1) : host;
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
