package org.brandpulse.app.bench.accesslog;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brandpulse.ingest.metrics.accesslog.AccessRecord;
import org.brandpulse.ingest.metrics.accesslog.MalformedLine;
import org.brandpulse.ingest.metrics.accesslog.TrafficClassifier;

/**
 * A second, untimed pass over the log that counts requests by kind, so the benchmark can explain
 * from figures (not guesses) where GoAccess's hit and visitor counts part from the sessionizer's
 * pageviews and visitors. Visitor-days are distinct (UTC date, IP, user agent), GoAccess's notion.
 */
final class RequestTally {

  private static final Pattern STATUS = Pattern.compile("\" ([1-5][0-9][0-9]) ");

  private final TrafficClassifier classifier;
  long records;
  long assetHits;
  long humanAgentPageHits;
  long botAgentPageHits;
  long otherMethodPageHits;
  long malformedSuccessful;
  final Set<Integer> failedStatuses = new TreeSet<>();
  final Set<String> assetExtensions = new TreeSet<>();
  final Map<String, Long> botAgentPages = new HashMap<>();
  private final Set<String> humanVisitorDays = new HashSet<>();
  private final Map<String, Set<String>> botVisitorDays = new HashMap<>();

  RequestTally(TrafficClassifier classifier) {
    this.classifier = classifier;
  }

  void accept(AccessRecord r) {
    records++;
    if (!r.successful()) {
      failedStatuses.add(r.status());
      return;
    }
    if (classifier.isAsset(r.path())) {
      assetHits++;
      String path = r.path().toLowerCase(Locale.ROOT);
      int dot = path.lastIndexOf('.');
      if (dot > path.lastIndexOf('/') && path.substring(dot + 1).matches("[a-z0-9]{1,10}")) {
        assetExtensions.add(path.substring(dot + 1));
      }
      return;
    }
    if (!r.method().equals("GET") && !r.method().equals("HEAD")) {
      otherMethodPageHits++;
      return;
    }
    String visitorDay = LocalDate.ofInstant(r.time(), ZoneOffset.UTC) + " " + r.ip();
    if (classifier.isBotAgent(r.userAgent())) {
      botAgentPageHits++;
      botAgentPages.merge(r.userAgent(), 1L, Long::sum);
      botVisitorDays.computeIfAbsent(r.userAgent(), k -> new HashSet<>()).add(visitorDay);
    } else {
      humanAgentPageHits++;
      humanVisitorDays.add(visitorDay + " " + r.userAgent());
    }
  }

  /**
   * Adds the statuses of malformed lines (e.g. {@code 400} of a TLS handshake on the HTTP port):
   * GoAccess parses some lines we reject, and the aligned run must ignore those statuses too. The
   * rest (truncated lines of successful requests) it counts as hits, each from its own visitor.
   */
  void malformed(List<MalformedLine> lines) {
    for (MalformedLine line : lines) {
      Matcher m = STATUS.matcher(line.text());
      if (m.find()) {
        int status = Integer.parseInt(m.group(1));
        if (status >= 300 && status != 304) {
          failedStatuses.add(status);
        } else {
          malformedSuccessful++;
        }
      }
    }
  }

  /** Distinct visitor-days with a successful page hit and a browser user agent. */
  long humanVisitorDays() {
    return humanVisitorDays.size();
  }

  /** Distinct visitor-days of one bot user agent. */
  long botVisitorDays(String userAgent) {
    Set<String> days = botVisitorDays.get(userAgent);
    return days == null ? 0 : days.size();
  }
}
