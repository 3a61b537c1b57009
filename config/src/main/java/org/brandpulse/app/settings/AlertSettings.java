package org.brandpulse.app.settings;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the {@code complaintAlerts} job runs: the {@code alerts:} block of {@code brandpulse.yml}.
 * Every key is optional; recipients of a brand's alerts and digests are its {@code recipients}.
 *
 * @param from the sender address (default {@code brandpulse@localhost})
 * @param baseUrl the web UI's address, for links to cases (default {@code http://localhost:8080})
 * @param slaHours hours a case may wait for the brand's reply before it is escalated (default 4)
 * @param digestMinutes length of a digest window; at most one digest per brand per window (default
 *     60)
 * @param highPriorityThreshold cases with at least this priority (0 to 100) are alerted at once,
 *     the rest go into the digest (default 60)
 * @param lookbackDays posts created this many days before a run may open cases (default 7)
 * @param maxAttempts sending attempts per e-mail before it is left as failed (default 5)
 * @param escalationRecipients per brand name, who receives escalations (default: the brand's
 *     recipients)
 * @param journal the mailbox that proves what was sent, or null (see {@link JournalSettings})
 */
public record AlertSettings(
    String from,
    String baseUrl,
    Integer slaHours,
    Integer digestMinutes,
    Integer highPriorityThreshold,
    Integer lookbackDays,
    Integer maxAttempts,
    Map<String, List<String>> escalationRecipients,
    JournalSettings journal) {

  /** Every default. */
  public static final AlertSettings DEFAULTS =
      new AlertSettings(null, null, null, null, null, null, null, null, null);

  public AlertSettings {
    from = from == null || from.isBlank() ? "brandpulse@localhost" : from.strip();
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    slaHours = range("alerts.slaHours", slaHours, 4, 1, 24 * 30);
    digestMinutes = range("alerts.digestMinutes", digestMinutes, 60, 1, 7 * 24 * 60);
    highPriorityThreshold =
        range("alerts.highPriorityThreshold", highPriorityThreshold, 60, 0, 100);
    lookbackDays = range("alerts.lookbackDays", lookbackDays, 7, 1, 366);
    maxAttempts = range("alerts.maxAttempts", maxAttempts, 5, 1, 100);
    TreeMap<String, List<String>> copy = new TreeMap<>();
    if (escalationRecipients != null) {
      escalationRecipients.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
    }
    escalationRecipients = java.util.Collections.unmodifiableMap(copy);
    if (!from.matches("[^@\\s]+@[^@\\s]+")) {
      throw new IllegalArgumentException(
          "alerts.from: '" + from + "' is not an e-mail address; expected e.g. alerts@example.com");
    }
    String scheme = URI.create(baseUrl).getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException(
          "alerts.baseUrl: '"
              + baseUrl
              + "' is not an http(s) URL; expected e.g. http://host:8080");
    }
  }

  /** Who receives a brand's escalations: its escalation list, else its usual recipients. */
  public List<String> escalationRecipients(String brand, List<String> brandRecipients) {
    List<String> list = escalationRecipients.get(brand);
    return list == null || list.isEmpty() ? brandRecipients : list;
  }

  /** The web UI link of a case. */
  public String caseUrl(String caseId) {
    // a query parameter, not a path segment: post ids may hold '/' (feed URLs), which servlet
    // containers and Spring Security's firewall refuse in an encoded path
    return baseUrl
        + "/case?id="
        + java.net.URLEncoder.encode(caseId, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A copy with another journal (tests, the command line). */
  public AlertSettings withJournal(JournalSettings newJournal) {
    return new AlertSettings(
        from,
        baseUrl,
        slaHours,
        digestMinutes,
        highPriorityThreshold,
        lookbackDays,
        maxAttempts,
        escalationRecipients,
        newJournal);
  }

  private static int range(String key, Integer value, int fallback, int min, int max) {
    int v = value == null ? fallback : value;
    if (v < min || v > max) {
      throw new IllegalArgumentException(
          key + ": " + v + " is out of range; expected " + min + " to " + max);
    }
    return v;
  }
}
