package org.brandpulse.ingest.metrics.accesslog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Classifies requests (not thread-safe: it caches user-agent answers): asset or page, bot or human,
 * and the channel of a landing hit.
 *
 * <p><b>Assets</b>: a path whose last segment ends in a static extension (style sheets, scripts,
 * source maps, images, icons, fonts, audio/video, JSON/XML feeds and manifests), or that lies under
 * a static folder ({@code /static/ /assets/ /_next/static/ /wp-content/ /wp-includes/}), or is a
 * feed ({@code /feed}, {@code /rss}). Everything else is a page.
 *
 * <p><b>Bots by user agent</b>: empty user agents; a known crawler or tool name (Googlebot,
 * bingbot, curl, python-requests...); or the generic words bot, crawler, spider, scraper, headless.
 * Any client fetching {@code /robots.txt} is a bot too ({@link #isRobotsFetch}).
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
          "rss",
          "atom",
          "webmanifest",
          "mp4",
          "webm",
          "mp3",
          "ogg",
          "wav",
          "txt");
  private static final List<String> ASSET_FOLDERS =
      List.of("/static/", "/assets/", "/_next/static/", "/wp-content/", "/wp-includes/");
  private static final Set<String> FEEDS = Set.of("/feed", "/feed/", "/rss", "/rss/", "/atom");
  private static final List<String> BOT_AGENTS =
      List.of(
          "googlebot",
          "bingbot",
          "slurp",
          "duckduckbot",
          "baiduspider",
          "yandex",
          "applebot",
          "ahrefs",
          "semrush",
          "mj12bot",
          "dotbot",
          "petalbot",
          "bytespider",
          "gptbot",
          "claudebot",
          "ccbot",
          "facebookexternalhit",
          "twitterbot",
          "linkedinbot",
          "curl/",
          "wget/",
          "python-requests",
          "python-urllib",
          "aiohttp",
          "go-http-client",
          "java/",
          "okhttp",
          "libwww-perl",
          "httpclient",
          "axios/",
          "node-fetch",
          "scrapy",
          "phantomjs",
          "lighthouse",
          "pingdom",
          "uptimerobot",
          "bot",
          "crawler",
          "spider",
          "scraper",
          "headless");
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
  private final java.util.Map<String, Boolean> agentCache = new java.util.HashMap<>();

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

  /** Returns true for static assets (see the class comment). */
  public boolean isAsset(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (FEEDS.contains(lower) || lower.equals("/robots.txt")) {
      return true;
    }
    for (String folder : ASSET_FOLDERS) {
      if (lower.startsWith(folder)) {
        return true;
      }
    }
    int dot = lower.lastIndexOf('.');
    return dot > lower.lastIndexOf('/') && ASSET_EXTENSIONS.contains(lower.substring(dot + 1));
  }

  /**
   * Returns true when the user agent is empty or names a bot, crawler or HTTP tool. Answers are
   * cached per user-agent string (at most {@value #AGENT_CACHE} entries, then the cache restarts),
   * since a log repeats few distinct agents.
   */
  public boolean isBotAgent(String userAgent) {
    Boolean cached = agentCache.get(userAgent);
    if (cached == null) {
      if (agentCache.size() >= AGENT_CACHE) {
        agentCache.clear();
      }
      cached = botAgent(userAgent);
      agentCache.put(userAgent, cached);
    }
    return cached;
  }

  private static boolean botAgent(String userAgent) {
    if (userAgent.isBlank()) {
      return true;
    }
    String lower = userAgent.toLowerCase(Locale.ROOT);
    for (String bot : BOT_AGENTS) {
      if (lower.contains(bot)) {
        return true;
      }
    }
    return false;
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
