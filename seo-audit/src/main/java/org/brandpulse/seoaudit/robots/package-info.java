/**
 * robots.txt (RFC 9309): rules per host and lint for the {@code robots-txt-invalid} check.
 *
 * <p>{@link org.brandpulse.seoaudit.robots.RobotsRules} wraps crawler-commons' {@code
 * SimpleRobotRulesParser}: the most specific user-agent group wins, then the longest matching path,
 * with allow winning ties; a 4xx robots.txt allows everything, a 5xx or unreachable one disallows
 * everything (RFC 9309 section 2.3.1). {@link org.brandpulse.seoaudit.robots.RobotsLinter} finds
 * what the lenient parser silently skips: unknown directives, rules outside a group, bad
 * crawl-delay or sitemap values, HTML served as robots.txt, files past the 500 KiB parse limit.
 * Both take bytes and return values; fetching is the crawler's job.
 */
package org.brandpulse.seoaudit.robots;
