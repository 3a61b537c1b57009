package org.brandpulse.ingest.metrics.accesslog;

/**
 * Why a request did not count as a person's pageview. The first six are decided by the user agent
 * alone ({@link AgentRules}), the next two by a session's behaviour ({@link Sessionizer}), the last
 * four by what was requested ({@link TrafficClassifier#requestKind}).
 */
public enum FilterReason {
  /** No user agent, or {@code -}. */
  EMPTY_AGENT("emptyAgent", "empty user agent"),
  /** A feed reader or aggregator polling a feed (UniversalFeedParser, Feedly, FeedBurner...). */
  FEED_READER("feedReader", "feed readers"),
  /** An uptime or performance monitor (Pingdom, UptimeRobot, Nagios...). */
  MONITORING("monitoring", "monitoring"),
  /** A configuration-management agent (Chef Client, Puppet, Ansible...). */
  CONFIG_MANAGEMENT("configManagement", "config-management agents"),
  /** An HTTP library or command-line fetcher (curl, Wget, python-requests, Java...). */
  FETCHER("fetcher", "HTTP fetchers and libraries"),
  /** A crawler, by the crawler-user-agents list or the words bot, crawler, spider. */
  CRAWLER("crawler", "crawlers"),
  /** A session that fetched {@code /robots.txt}. */
  ROBOTS_TXT("robotsTxt", "sessions fetching /robots.txt"),
  /** A session without assets faster than {@link Sessionizer.Options#maxPagesPerMinute()}. */
  TOO_FAST("tooFast", "inhumanly fast sessions"),
  /** A style sheet, script, image, font... of a page. */
  ASSET("asset", "assets"),
  /** A file download (archives, binaries, source files, logs, PDFs...). */
  DOWNLOAD("download", "downloads"),
  /** A feed ({@code /feed}, {@code .rss}, {@code .atom}, {@code ?flav=rss20}...). */
  FEED("feed", "feeds"),
  /** An API call ({@code /api/}, {@code /wp-json/}, {@code /xmlrpc.php}, {@code /graphql}). */
  API("api", "API calls");

  private final String id;
  private final String label;

  FilterReason(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The JSON key, e.g. {@code feedReader}. */
  public String id() {
    return id;
  }

  /** Words for the command's table, e.g. {@code feed readers}. */
  public String label() {
    return label;
  }

  /** Returns true for the reasons that drop a client rather than one request. */
  public boolean isBot() {
    return ordinal() <= TOO_FAST.ordinal();
  }
}
