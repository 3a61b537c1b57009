package org.brandpulse.seoaudit.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The robots.txt rules of one host for one agent. Immutable and thread-safe. */
public final class RobotsRules {

  /** RFC 9309 section 2.5: crawlers must parse at least 500 KiB. */
  public static final int MAX_PARSED_BYTES = 512 * 1024;

  private static final RobotsRules ALLOW_ALL =
      new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL));
  private static final RobotsRules DISALLOW_ALL =
      new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE));

  private final BaseRobotRules rules;

  private RobotsRules(BaseRobotRules rules) {
    this.rules = rules;
  }

  /**
   * Parses a robots.txt body.
   *
   * @param robotsUrl the robots.txt URL (for error messages and relative sitemaps)
   * @param content the body; only the first {@link #MAX_PARSED_BYTES} are parsed
   * @param agent the user agent or its product token (e.g. {@code BrandpulseBot/1.0 (...)})
   */
  public static RobotsRules parse(String robotsUrl, byte[] content, String agent) {
    Objects.requireNonNull(robotsUrl, "robotsUrl");
    byte[] parsed =
        content.length > MAX_PARSED_BYTES
            ? java.util.Arrays.copyOf(content, MAX_PARSED_BYTES)
            : content;
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE / 2, 10_000);
    return new RobotsRules(
        parser.parseContent(robotsUrl, parsed, "text/plain", List.of(productToken(agent))));
  }

  /** Rules after a failed fetch: 4xx allows all, anything else (5xx, -1 unreachable) none. */
  public static RobotsRules forFailedStatus(int status) {
    return status >= 400 && status < 500 ? ALLOW_ALL : DISALLOW_ALL;
  }

  /** Everything allowed. */
  public static RobotsRules allowAll() {
    return ALLOW_ALL;
  }

  /** Nothing allowed. */
  public static RobotsRules disallowAll() {
    return DISALLOW_ALL;
  }

  /** The lower-case product token robots.txt groups are matched against. */
  public static String productToken(String userAgent) {
    String s = userAgent.strip();
    int end = 0;
    while (end < s.length()
        && (Character.isLetterOrDigit(s.charAt(end))
            || s.charAt(end) == '-'
            || s.charAt(end) == '_')) {
      end++;
    }
    if (end == 0) {
      throw new IllegalArgumentException("user agent has no product token: '" + userAgent + "'");
    }
    return s.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** Whether {@code url} (absolute) may be fetched. */
  public boolean isAllowed(String url) {
    return rules.isAllowed(url);
  }

  /** The crawl-delay in milliseconds, -1 when unset. */
  public long crawlDelayMillis() {
    long d = rules.getCrawlDelay();
    return d == BaseRobotRules.UNSET_CRAWL_DELAY || d < 0 ? -1 : d;
  }

  /** The {@code Sitemap:} URLs as listed. */
  public List<String> sitemaps() {
    return List.copyOf(rules.getSitemaps());
  }

  /** Whether everything is allowed. */
  public boolean allowsAll() {
    return rules.isAllowAll();
  }

  /** Whether nothing is allowed. */
  public boolean allowsNone() {
    return rules.isAllowNone();
  }
}
