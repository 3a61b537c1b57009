package org.brandpulse.reporting.report;

import java.util.Locale;

/** The sections of a period report, in the order they are shown, with their default titles. */
public enum SectionKind {
  HEADLINE("Headline KPIs"),
  TRAFFIC("Traffic by day and channel"),
  LANDING_PAGES("Top landing pages"),
  SEARCH("Search Console: clicks, queries and pages"),
  MENTIONS("Mentions and sentiment"),
  SHARE_OF_VOICE("Share of voice"),
  KEYWORDS("Trending keywords"),
  TOP_POSTS("Top posts by reach"),
  OWN_POSTS("The brand's own posts"),
  COMPLAINTS("Complaints needing a reply"),
  SEO("SEO health"),
  ANOMALIES("Anomalies"),
  COVERAGE("Data coverage");

  private final String title;

  SectionKind(String title) {
    this.title = title;
  }

  /** The default heading. */
  public String title() {
    return title;
  }

  /** HTML id and anchor, e.g. {@code landing-pages}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
