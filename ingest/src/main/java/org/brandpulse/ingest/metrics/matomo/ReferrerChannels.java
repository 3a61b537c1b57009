package org.brandpulse.ingest.metrics.matomo;

import java.util.Locale;
import java.util.Map;

/**
 * Maps Matomo referrer types to channel keys. The row's {@code segment} ({@code
 * referrerType==search}) is read first because it does not depend on the report language; the
 * English label is the fallback. Unknown types keep their label.
 *
 * <table>
 *   <caption>Matomo referrer type to channel</caption>
 *   <tr><th>segment</th><th>label</th><th>channel</th></tr>
 *   <tr><td>direct</td><td>Direct Entry</td><td>Direct</td></tr>
 *   <tr><td>search</td><td>Search Engines</td><td>Organic Search</td></tr>
 *   <tr><td>website</td><td>Websites</td><td>Referral</td></tr>
 *   <tr><td>social</td><td>Social Networks</td><td>Social</td></tr>
 *   <tr><td>campaign</td><td>Campaigns</td><td>Campaign</td></tr>
 * </table>
 *
 * <p>Campaigns stay one channel: Matomo's referrer-type report does not say whether a campaign was
 * paid search, email or social, so splitting it would be a guess.
 */
final class ReferrerChannels {

  private static final Map<String, String> BY_SEGMENT =
      Map.of(
          "direct", "Direct",
          "search", "Organic Search",
          "website", "Referral",
          "social", "Social",
          "campaign", "Campaign");

  private static final Map<String, String> BY_LABEL =
      Map.of(
          "direct entry", "Direct",
          "search engines", "Organic Search",
          "websites", "Referral",
          "social networks", "Social",
          "campaigns", "Campaign");

  private ReferrerChannels() {}

  /**
   * The channel of a referrer-type row given its {@code segment} and {@code label} (either null).
   */
  static String channel(String segment, String label) {
    if (segment != null && segment.startsWith("referrerType==")) {
      String code = segment.substring("referrerType==".length()).toLowerCase(Locale.ROOT);
      String channel = BY_SEGMENT.get(code);
      if (channel != null) {
        return channel;
      }
    }
    if (label == null || label.isBlank()) {
      return "(unknown)";
    }
    return BY_LABEL.getOrDefault(label.strip().toLowerCase(Locale.ROOT), label.strip());
  }
}
