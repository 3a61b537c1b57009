package org.brandpulse.app.demo.accesslog;

import java.util.Map;
import org.brandpulse.ingest.metrics.accesslog.Channel;

/**
 * What {@link AccessLogGenerator} planted in a log, counted with the same definitions as {@link
 * org.brandpulse.ingest.metrics.accesslog.Sessionizer} (a pageview is a successful GET of a page; a
 * visitor is IP + user agent; sessions count on their start day, UTC).
 *
 * @param lines lines written, malformed ones included
 * @param malformedLines lines that are not valid combined-format records
 * @param humanRequests requests of human visitors (pages, assets, POSTs, errors)
 * @param humanPageviews pageviews of human sessions
 * @param sessions human sessions (each has at least one pageview)
 * @param visitors distinct human visitors over the whole log
 * @param dailyVisitors distinct human visitors per session start day, summed over the days
 * @param conversions sessions that reached {@code /order/confirmation}
 * @param botRequests requests of bots: known crawlers and tools, robots.txt fetchers with a browser
 *     user agent, and fast scrapers with a browser user agent
 * @param disguisedBotRequests the part of {@code botRequests} sent with a browser user agent
 * @param sessionsByChannel human sessions by the channel of their landing page
 */
public record PlantedTruth(
    long lines,
    long malformedLines,
    long humanRequests,
    long humanPageviews,
    long sessions,
    long visitors,
    long dailyVisitors,
    long conversions,
    long botRequests,
    long disguisedBotRequests,
    Map<Channel, Long> sessionsByChannel) {

  /** Validates the counts and copies the map. */
  public PlantedTruth {
    if (lines < 0 || malformedLines < 0 || humanRequests < 0 || humanPageviews < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
    if (sessions < 0 || visitors > sessions || conversions > sessions || botRequests < 0) {
      throw new IllegalArgumentException(
          "need 0 <= visitors, conversions <= sessions: " + visitors + ", " + conversions);
    }
    sessionsByChannel = Map.copyOf(sessionsByChannel);
  }

  /** Returns the sessions landing from a channel, 0 when none. */
  public long sessions(Channel channel) {
    return sessionsByChannel.getOrDefault(channel, 0L);
  }
}
