package org.brandpulse.app.audit;

import java.time.Duration;
import java.util.HashSet;
import org.brandpulse.app.settings.AuditSettings;
import org.brandpulse.seoaudit.checks.Thresholds;
import org.brandpulse.seoaudit.crawl.CrawlOptions;

/** Crawl options and thresholds from an {@code audits:} entry (or the command line's flags). */
public final class AuditOptions {

  private AuditOptions() {}

  /** The crawl options of an audit entry, the rest at their defaults. */
  public static CrawlOptions crawl(AuditSettings a, Duration readTimeout, Duration timeBudget) {
    CrawlOptions options =
        CrawlOptions.DEFAULTS
            .withStartUrl(a.url())
            .withMaxPages(a.maxPages())
            .withConcurrency(a.concurrency())
            .withMinDelay(Duration.ofMillis(a.delayMs()))
            .withReadTimeout(readTimeout)
            .withTimeBudget(timeBudget)
            .withSiteAliases(new HashSet<>(a.siteAliases()))
            .withCheckExternalLinks(a.externalLinks())
            .withIncludeRegex(a.include().toArray(String[]::new))
            .withExcludeRegex(a.exclude().toArray(String[]::new));
    return a.sitemaps().isEmpty() ? options : options.withSitemapUrls(a.sitemaps());
  }

  /** The thresholds of an audit entry. */
  public static Thresholds thresholds(AuditSettings a) {
    return Thresholds.DEFAULTS.with(a.thresholds());
  }
}
