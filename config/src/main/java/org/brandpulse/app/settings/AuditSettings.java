package org.brandpulse.app.settings;

import java.util.List;
import java.util.Map;

/**
 * A site the {@code seoAudit} job audits.
 *
 * @param name lower case letters, digits, dashes; names the output folders
 * @param url the start URL
 * @param maxPages most pages to crawl (default 10,000)
 * @param concurrency parallel requests (default 4)
 * @param delayMs least delay between requests to one host (default 0; robots.txt may ask more)
 * @param siteAliases other hosts that are the same site
 * @param sitemaps sitemap URLs besides those in robots.txt
 * @param include only URLs matching one of these regexes
 * @param exclude skip URLs matching one of these regexes
 * @param externalLinks also check links to other sites
 * @param thresholds check thresholds by check id, e.g. {@code title-too-long: 70}
 */
public record AuditSettings(
    String name,
    String url,
    Integer maxPages,
    Integer concurrency,
    Long delayMs,
    List<String> siteAliases,
    List<String> sitemaps,
    List<String> include,
    List<String> exclude,
    Boolean externalLinks,
    Map<String, Double> thresholds) {

  public AuditSettings {
    maxPages = maxPages == null ? 10_000 : maxPages;
    concurrency = concurrency == null ? 4 : concurrency;
    delayMs = delayMs == null ? 0L : delayMs;
    siteAliases = siteAliases == null ? List.of() : List.copyOf(siteAliases);
    sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    externalLinks = externalLinks != null && externalLinks;
    thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
  }
}
