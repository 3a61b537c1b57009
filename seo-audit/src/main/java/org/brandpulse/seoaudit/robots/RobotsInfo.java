package org.brandpulse.seoaudit.robots;

import java.util.List;
import java.util.Objects;

/**
 * A host's robots.txt as fetched and parsed, reported once per origin.
 *
 * @param origin scheme, host and port, e.g. {@code https://example.org}
 * @param url the robots.txt URL requested
 * @param status the final HTTP status after up to 5 redirects, -1 when unreachable
 * @param error why it could not be read, or null
 * @param raw the text (UTF-8, at most 512 KiB; RFC 9309 section 2.5), "" when none
 * @param problems lint findings (unknown directives, rules outside groups, bad values, ...)
 * @param sitemaps the {@code Sitemap:} URLs listed, as written
 * @param crawlDelayMillis the crawl-delay for our agent in milliseconds, -1 when unset
 * @param allowAll whether everything is allowed (also for 4xx)
 * @param disallowAll whether everything is disallowed (also for 5xx and unreachable)
 */
public record RobotsInfo(
    String origin,
    String url,
    int status,
    String error,
    String raw,
    List<RobotsProblem> problems,
    List<String> sitemaps,
    long crawlDelayMillis,
    boolean allowAll,
    boolean disallowAll) {

  /** Validates and copies. */
  public RobotsInfo {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(url, "url");
    raw = raw == null ? "" : raw;
    problems = List.copyOf(problems);
    sitemaps = List.copyOf(sitemaps);
  }
}
