package org.brandpulse.seoaudit.crawl;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a crawl went.
 *
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param stopReason why it ended
 * @param siteHosts the hosts treated as the site (start hosts and aliases)
 * @param pagesCrawled site pages reported to the listener
 * @param linksChecked external links and resources checked
 * @param errors fetches without a response
 * @param robotsDisallowed URLs not fetched because robots.txt disallows them
 * @param bytesFetched body bytes received (after decoding)
 * @param skipped URLs never queued, by reason ({@code exclude}, {@code include}, {@code max-depth},
 *     {@code url-too-long}, {@code too-many-params}, {@code path-cap}, {@code pattern-cap}, {@code
 *     repeated-segments}, {@code max-pages}, {@code time-budget}, {@code nofollow})
 * @param skippedSamples up to 20 sample URLs per reason
 */
public record CrawlSummary(
    Instant startedAt,
    Instant finishedAt,
    StopReason stopReason,
    Set<String> siteHosts,
    long pagesCrawled,
    long linksChecked,
    long errors,
    long robotsDisallowed,
    long bytesFetched,
    Map<String, Long> skipped,
    Map<String, List<String>> skippedSamples) {

  /** Why a crawl ended. */
  public enum StopReason {
    /** Every reachable URL within the limits was fetched. */
    COMPLETED,
    /** {@link CrawlOptions#maxPages()} was reached. */
    MAX_PAGES,
    /** {@link CrawlOptions#timeBudget()} ran out. */
    TIME_BUDGET,
    /** The crawling thread was interrupted. */
    INTERRUPTED
  }

  /** Validates and copies. */
  public CrawlSummary {
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(stopReason, "stopReason");
    siteHosts = Set.copyOf(siteHosts);
    skipped = Map.copyOf(skipped);
    skippedSamples = Map.copyOf(skippedSamples);
  }
}
