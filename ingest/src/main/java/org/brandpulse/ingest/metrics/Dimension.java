package org.brandpulse.ingest.metrics;

import java.util.Locale;

/** The breakdowns daily site metrics are kept under; {@link #TOTAL} has the key {@code ""}. */
public enum Dimension {
  /** The whole site; key {@code ""}. */
  TOTAL,
  /** Default channel group: Direct, Organic Search, Paid Search, Social, Email, Referral, ... */
  CHANNEL,
  /** Landing (entry) page path. */
  LANDING_PAGE,
  /** Exit page path. */
  EXIT_PAGE,
  /** {@code source / medium}, e.g. {@code google / organic}. */
  SOURCE_MEDIUM,
  /** Country name or ISO code as the source reports it. */
  COUNTRY,
  /** Goal (conversion) name or URL pattern. */
  GOAL,
  /** Search query (Search Console). */
  SEARCH_QUERY,
  /** Page URL shown in search results (Search Console). */
  SEARCH_PAGE,
  /** Device category of the searcher: Desktop, Mobile, Tablet (Search Console). */
  DEVICE;

  /** Stable lower-case id used in the database and JSON, e.g. {@code landing_page}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an {@link #id()} (case-insensitive), naming the accepted values when it is unknown. */
  public static Dimension ofId(String id) {
    for (Dimension d : values()) {
      if (d.id().equalsIgnoreCase(id)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown dimension '" + id + "', expected one of " + java.util.Arrays.toString(ids()));
  }

  private static String[] ids() {
    Dimension[] all = values();
    String[] ids = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      ids[i] = all[i].id();
    }
    return ids;
  }
}
