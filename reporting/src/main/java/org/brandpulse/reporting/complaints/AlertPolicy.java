package org.brandpulse.reporting.complaints;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Which complaint cases get which e-mail, and the idempotency key of each e-mail: the policy of the
 * complaint alerts, without the outbox or the database that carry it out.
 *
 * <ul>
 *   <li><b>Escalation</b>: alerted cases whose SLA is due, together, to the escalation recipients.
 *   <li><b>Alert</b>: each new case with at least {@link #highPriorityThreshold} priority, alone.
 *   <li><b>Digest</b>: the other new cases, one e-mail per brand per digest window (cases arriving
 *       after a window's digest was planned wait for the next window).
 * </ul>
 *
 * Backfilled, replied and resolved cases get no e-mail. A key names what it is about (the case, the
 * brand and window, a hash of the escalated case ids), so planning the same thing twice yields the
 * same key and the outbox keeps one.
 *
 * @param highPriorityThreshold priority (0 to 100) at or above which a new case is alerted at once
 * @param digestWindow length of a digest window (windows start at multiples of it since the epoch)
 */
public record AlertPolicy(int highPriorityThreshold, Duration digestWindow) {

  public AlertPolicy {
    Objects.requireNonNull(digestWindow, "digestWindow");
    if (highPriorityThreshold < 0 || highPriorityThreshold > 100) {
      throw new IllegalArgumentException(
          "highPriorityThreshold must be 0 to 100, got " + highPriorityThreshold);
    }
    if (digestWindow.isNegative() || digestWindow.isZero()) {
      throw new IllegalArgumentException("digestWindow must be positive, got " + digestWindow);
    }
  }

  /**
   * True when a new complaint is alerted on its own rather than in the digest. Questions are never
   * alerted: they need a reply but are no complaint, and wait in the inbox.
   */
  public boolean urgent(ComplaintCase c) {
    return c.state() == CaseState.NEW && !c.isQuestion() && c.priority() >= highPriorityThreshold;
  }

  /** The new complaints (not questions) that wait for the digest, in the given order. */
  public List<ComplaintCase> forDigest(List<ComplaintCase> cases) {
    List<ComplaintCase> out = new ArrayList<>();
    for (ComplaintCase c : cases) {
      if (c.state() == CaseState.NEW && !c.isQuestion() && !urgent(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The alerted cases whose SLA is due at {@code now}, in the given order. */
  public static List<ComplaintCase> overdue(List<ComplaintCase> cases, Instant now) {
    List<ComplaintCase> out = new ArrayList<>();
    for (ComplaintCase c : cases) {
      if (c.state() == CaseState.ALERTED && c.slaDue() != null && !c.slaDue().isAfter(now)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The start of the digest window {@code at} falls in. */
  public Instant digestWindowStart(Instant at) {
    long window = digestWindow.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), window) * window);
  }

  /** The key of a case's own alert. */
  public static String alertKey(String caseId) {
    return "case:" + caseId + ":alert";
  }

  /** The key of a brand's digest for the window {@code at} falls in. */
  public String digestKey(String brand, Instant at) {
    return "digest:" + brand + ":" + digestWindowStart(at);
  }

  /** The key of an escalation of exactly these cases (in this order). */
  public static String escalationKey(String brand, List<String> caseIds) {
    return "escalation:" + brand + ":" + sha256(String.join("\n", caseIds)).substring(0, 16);
  }

  /** Lower-case hex SHA-256 of the UTF-8 text. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
