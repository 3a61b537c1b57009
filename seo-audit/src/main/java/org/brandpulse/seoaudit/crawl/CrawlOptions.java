package org.brandpulse.seoaudit.crawl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.brandpulse.seoaudit.url.UrlNormalizer;

/**
 * What to crawl and within which bounds. Start from {@link #DEFAULTS} and change what you need with
 * the {@code with...} methods, e.g. {@code
 * CrawlOptions.DEFAULTS.withStartUrls(List.of("https://example.org/")).withMaxPages(500)}.
 *
 * @param startUrls where the crawl starts (absolute http(s) URLs); their hosts are the site
 * @param sitemapUrls sitemaps to read besides those listed in robots.txt
 * @param userAgent the User-Agent header; its first product token is the robots.txt agent name
 * @param concurrency worker threads (fetches in flight at once)
 * @param minDelay minimum pause between two requests to one host; a robots.txt {@code crawl-delay}
 *     overrides it when longer (capped by {@code maxCrawlDelay}); with a zero delay up to {@code
 *     concurrency} requests run against one host at once, otherwise one
 * @param maxCrawlDelay the longest robots.txt crawl-delay honoured
 * @param maxPages the most site pages fetched (external link checks and resources not counted)
 * @param maxDepth the deepest click depth fetched (start URLs are depth 0)
 * @param maxPageBytes bodies are cut here (after decompression) and the page flagged truncated
 * @param connectTimeout per-request connect timeout
 * @param readTimeout per-request time to the complete response (headers and capped body)
 * @param timeBudget total crawl time; after it no new request starts
 * @param include when not empty, a site URL must match one of these (find, not full match)
 * @param exclude a site URL matching one of these is not fetched
 * @param siteAliases further hosts treated as the site (e.g. the production host in canonicals)
 * @param checkExternalLinks whether links to other sites are checked (HEAD, else small GET; never
 *     crawled further)
 * @param checkResources whether images are checked (HEAD, else small GET) for status and size
 * @param followNofollow whether {@code rel=nofollow} links and nofollow pages are followed
 * @param respectRobots whether robots.txt is honoured (switch off only for your own site)
 * @param probeDefaultSitemap whether {@code /sitemap.xml} is tried when robots.txt lists none and
 *     no sitemap is given (a missing one is not reported)
 * @param maxRedirects the longest redirect chain followed
 * @param maxUrlLength longer URLs are skipped (crawl-trap guard)
 * @param maxQueryParams URLs with more query parameters are skipped (crawl-trap guard)
 * @param maxUrlsPerPath the most distinct URLs (query variants) fetched for one path
 * @param maxUrlsPerPathPattern the most URLs for one path pattern, digits collapsed (so {@code
 *     /calendar/2031/07/} and {@code /calendar/2999/12/} count together)
 * @param sessionParams query parameter names (lower case) removed from URLs as session ids; {@code
 *     ;jsessionid=} path parameters are always removed
 * @param spillDirectory where the frontier spills to disk (null: the system temp directory)
 * @param frontierMemoryEntries frontier entries kept in memory before spilling
 */
public record CrawlOptions(
    List<String> startUrls,
    List<String> sitemapUrls,
    String userAgent,
    int concurrency,
    Duration minDelay,
    Duration maxCrawlDelay,
    int maxPages,
    int maxDepth,
    long maxPageBytes,
    Duration connectTimeout,
    Duration readTimeout,
    Duration timeBudget,
    List<Pattern> include,
    List<Pattern> exclude,
    Set<String> siteAliases,
    boolean checkExternalLinks,
    boolean checkResources,
    boolean followNofollow,
    boolean respectRobots,
    boolean probeDefaultSitemap,
    int maxRedirects,
    int maxUrlLength,
    int maxQueryParams,
    int maxUrlsPerPath,
    int maxUrlsPerPathPattern,
    Set<String> sessionParams,
    Path spillDirectory,
    int frontierMemoryEntries) {

  /** The default user agent. */
  public static final String DEFAULT_USER_AGENT =
      "BrandpulseBot/0.1 (+https://github.com/brandpulse/brandpulse; SEO audit)";

  /** Sensible defaults; no start URL yet. */
  public static final CrawlOptions DEFAULTS =
      new CrawlOptions(
          List.of(),
          List.of(),
          DEFAULT_USER_AGENT,
          4,
          Duration.ZERO,
          Duration.ofSeconds(30),
          50_000,
          100,
          5L * 1024 * 1024,
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          Duration.ofHours(4),
          List.of(),
          List.of(),
          Set.of(),
          true,
          true,
          false,
          true,
          true,
          10,
          2048,
          12,
          200,
          2_000,
          Set.of(
              "jsessionid",
              "phpsessid",
              "sid",
              "sessionid",
              "session_id",
              "aspsessionid",
              "cfid",
              "cftoken",
              "zenid",
              "osCsid".toLowerCase(Locale.ROOT)),
          null,
          50_000);

  /** Validates and copies. */
  public CrawlOptions {
    startUrls = List.copyOf(startUrls);
    for (String u : startUrls) {
      if (UrlNormalizer.normalize(u).isEmpty()) {
        throw new IllegalArgumentException("start URL is not an absolute http(s) URL: " + clip(u));
      }
    }
    sitemapUrls = List.copyOf(sitemapUrls);
    for (String u : sitemapUrls) {
      if (UrlNormalizer.normalize(u).isEmpty()) {
        throw new IllegalArgumentException(
            "sitemap URL is not an absolute http(s) URL: " + clip(u));
      }
    }
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException("user agent must be printable ASCII: " + clip(userAgent));
    }
    positive("concurrency", concurrency);
    nonNegative("minDelay", minDelay);
    nonNegative("maxCrawlDelay", maxCrawlDelay);
    positive("maxPages", maxPages);
    if (maxDepth < 0) {
      throw new IllegalArgumentException("maxDepth must be >= 0, got " + maxDepth);
    }
    if (maxPageBytes < 1024) {
      throw new IllegalArgumentException("maxPageBytes must be >= 1024, got " + maxPageBytes);
    }
    positive("connectTimeout", connectTimeout);
    positive("readTimeout", readTimeout);
    positive("timeBudget", timeBudget);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    siteAliases =
        siteAliases.stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toCollection(TreeSet::new));
    siteAliases = Set.copyOf(siteAliases);
    if (maxRedirects < 0 || maxRedirects > 50) {
      throw new IllegalArgumentException("maxRedirects must be 0..50, got " + maxRedirects);
    }
    positive("maxUrlLength", maxUrlLength);
    if (maxQueryParams < 0) {
      throw new IllegalArgumentException("maxQueryParams must be >= 0, got " + maxQueryParams);
    }
    positive("maxUrlsPerPath", maxUrlsPerPath);
    positive("maxUrlsPerPathPattern", maxUrlsPerPathPattern);
    sessionParams =
        Set.copyOf(sessionParams.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
    positive("frontierMemoryEntries", frontierMemoryEntries);
  }

  public CrawlOptions withStartUrls(List<String> v) {
    return copy(b -> b.startUrls = v);
  }

  /** Convenience for one start URL. */
  public CrawlOptions withStartUrl(String v) {
    return withStartUrls(List.of(v));
  }

  public CrawlOptions withSitemapUrls(List<String> v) {
    return copy(b -> b.sitemapUrls = v);
  }

  public CrawlOptions withUserAgent(String v) {
    return copy(b -> b.userAgent = v);
  }

  public CrawlOptions withConcurrency(int v) {
    return copy(b -> b.concurrency = v);
  }

  public CrawlOptions withMinDelay(Duration v) {
    return copy(b -> b.minDelay = v);
  }

  public CrawlOptions withMaxCrawlDelay(Duration v) {
    return copy(b -> b.maxCrawlDelay = v);
  }

  public CrawlOptions withMaxPages(int v) {
    return copy(b -> b.maxPages = v);
  }

  public CrawlOptions withMaxDepth(int v) {
    return copy(b -> b.maxDepth = v);
  }

  public CrawlOptions withMaxPageBytes(long v) {
    return copy(b -> b.maxPageBytes = v);
  }

  public CrawlOptions withConnectTimeout(Duration v) {
    return copy(b -> b.connectTimeout = v);
  }

  public CrawlOptions withReadTimeout(Duration v) {
    return copy(b -> b.readTimeout = v);
  }

  public CrawlOptions withTimeBudget(Duration v) {
    return copy(b -> b.timeBudget = v);
  }

  public CrawlOptions withInclude(List<Pattern> v) {
    return copy(b -> b.include = v);
  }

  public CrawlOptions withExclude(List<Pattern> v) {
    return copy(b -> b.exclude = v);
  }

  public CrawlOptions withSiteAliases(Set<String> v) {
    return copy(b -> b.siteAliases = v);
  }

  public CrawlOptions withCheckExternalLinks(boolean v) {
    return copy(b -> b.checkExternalLinks = v);
  }

  public CrawlOptions withCheckResources(boolean v) {
    return copy(b -> b.checkResources = v);
  }

  public CrawlOptions withFollowNofollow(boolean v) {
    return copy(b -> b.followNofollow = v);
  }

  public CrawlOptions withRespectRobots(boolean v) {
    return copy(b -> b.respectRobots = v);
  }

  public CrawlOptions withProbeDefaultSitemap(boolean v) {
    return copy(b -> b.probeDefaultSitemap = v);
  }

  public CrawlOptions withMaxRedirects(int v) {
    return copy(b -> b.maxRedirects = v);
  }

  public CrawlOptions withMaxUrlLength(int v) {
    return copy(b -> b.maxUrlLength = v);
  }

  public CrawlOptions withMaxQueryParams(int v) {
    return copy(b -> b.maxQueryParams = v);
  }

  public CrawlOptions withMaxUrlsPerPath(int v) {
    return copy(b -> b.maxUrlsPerPath = v);
  }

  public CrawlOptions withMaxUrlsPerPathPattern(int v) {
    return copy(b -> b.maxUrlsPerPathPattern = v);
  }

  public CrawlOptions withSessionParams(Set<String> v) {
    return copy(b -> b.sessionParams = v);
  }

  public CrawlOptions withSpillDirectory(Path v) {
    return copy(b -> b.spillDirectory = v);
  }

  public CrawlOptions withFrontierMemoryEntries(int v) {
    return copy(b -> b.frontierMemoryEntries = v);
  }

  /** Include patterns given as regular expressions. */
  public CrawlOptions withIncludeRegex(String... regexes) {
    return withInclude(java.util.Arrays.stream(regexes).map(Pattern::compile).toList());
  }

  /** Exclude patterns given as regular expressions. */
  public CrawlOptions withExcludeRegex(String... regexes) {
    return withExclude(java.util.Arrays.stream(regexes).map(Pattern::compile).toList());
  }

  private static void positive(String name, int v) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + v);
    }
  }

  private static void positive(String name, Duration v) {
    if (v == null || v.isNegative() || v.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, got " + v);
    }
  }

  private static void nonNegative(String name, Duration v) {
    if (v == null || v.isNegative()) {
      throw new IllegalArgumentException(name + " must be zero or positive, got " + v);
    }
  }

  static String clip(String s) {
    if (s == null) {
      return "null";
    }
    return s.length() <= 80 ? "'" + s + "'" : "'" + s.substring(0, 77) + "...'";
  }

  /** A copy with one component changed (validated again by the canonical constructor). */
  private CrawlOptions copy(java.util.function.Consumer<Copy> change) {
    Copy b = new Copy(this);
    change.accept(b);
    return b.build();
  }

  /** The components of a copy under construction. */
  private static final class Copy {
    private List<String> startUrls;
    private List<String> sitemapUrls;
    private String userAgent;
    private int concurrency;
    private Duration minDelay;
    private Duration maxCrawlDelay;
    private int maxPages;
    private int maxDepth;
    private long maxPageBytes;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration timeBudget;
    private List<Pattern> include;
    private List<Pattern> exclude;
    private Set<String> siteAliases;
    private boolean checkExternalLinks;
    private boolean checkResources;
    private boolean followNofollow;
    private boolean respectRobots;
    private boolean probeDefaultSitemap;
    private int maxRedirects;
    private int maxUrlLength;
    private int maxQueryParams;
    private int maxUrlsPerPath;
    private int maxUrlsPerPathPattern;
    private Set<String> sessionParams;
    private Path spillDirectory;
    private int frontierMemoryEntries;

    Copy(CrawlOptions o) {
      startUrls = o.startUrls;
      sitemapUrls = o.sitemapUrls;
      userAgent = o.userAgent;
      concurrency = o.concurrency;
      minDelay = o.minDelay;
      maxCrawlDelay = o.maxCrawlDelay;
      maxPages = o.maxPages;
      maxDepth = o.maxDepth;
      maxPageBytes = o.maxPageBytes;
      connectTimeout = o.connectTimeout;
      readTimeout = o.readTimeout;
      timeBudget = o.timeBudget;
      include = o.include;
      exclude = o.exclude;
      siteAliases = o.siteAliases;
      checkExternalLinks = o.checkExternalLinks;
      checkResources = o.checkResources;
      followNofollow = o.followNofollow;
      respectRobots = o.respectRobots;
      probeDefaultSitemap = o.probeDefaultSitemap;
      maxRedirects = o.maxRedirects;
      maxUrlLength = o.maxUrlLength;
      maxQueryParams = o.maxQueryParams;
      maxUrlsPerPath = o.maxUrlsPerPath;
      maxUrlsPerPathPattern = o.maxUrlsPerPathPattern;
      sessionParams = o.sessionParams;
      spillDirectory = o.spillDirectory;
      frontierMemoryEntries = o.frontierMemoryEntries;
    }

    CrawlOptions build() {
      return new CrawlOptions(
          startUrls,
          sitemapUrls,
          userAgent,
          concurrency,
          minDelay,
          maxCrawlDelay,
          maxPages,
          maxDepth,
          maxPageBytes,
          connectTimeout,
          readTimeout,
          timeBudget,
          include,
          exclude,
          siteAliases,
          checkExternalLinks,
          checkResources,
          followNofollow,
          respectRobots,
          probeDefaultSitemap,
          maxRedirects,
          maxUrlLength,
          maxQueryParams,
          maxUrlsPerPath,
          maxUrlsPerPathPattern,
          sessionParams,
          spillDirectory,
          frontierMemoryEntries);
    }
  }
}
