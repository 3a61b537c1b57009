package org.brandpulse.reporting.report.build;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.brandpulse.reporting.complaints.ComplaintCase;
import org.brandpulse.reporting.complaints.ReplyTimes;

/** The complaint cases the alerts job tracks, as a report reads them: a port. */
public interface OpenCases {

  /**
   * A brand's open complaint cases (new, alerted, escalated, backfilled; no questions), highest
   * priority first, at most {@code limit}.
   */
  List<ComplaintCase> openComplaints(String brand, int limit);

  /** How many cases of a brand are open, complaints and questions. */
  long countOpen(String brand);

  /** How many of a brand's open cases are questions (no complaint category). */
  long countOpenQuestions(String brand);

  /**
   * Per brand, the times to first reply of the cases opened in {@code from..to} (exclusive end),
   * against an SLA.
   */
  Map<String, ReplyTimes> replyTimes(Instant from, Instant to, Duration sla);
}
