package org.brandpulse.app.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The alert outbox: one row per e-mail, keyed by a unique message key. A row moves {@code PENDING
 * -> SENDING -> SENT}; {@code SENDING} is committed before the SMTP conversation starts, so a row
 * found in {@code SENDING} after a crash is "in doubt" (it may or may not have been accepted).
 * After {@code maxAttempts} failed attempts a row is {@code FAILED} and left for a person.
 */
@Component
public class Outbox {

  /** A row's state. */
  public enum State {
    PENDING,
    SENDING,
    SENT,
    FAILED
  }

  /** A row to send. */
  public record Row(
      long id, String key, String messageId, State state, int attempts, byte[] payload) {}

  private final JdbcTemplate jdbc;

  public Outbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** True when a row with this key exists (planning twice is a no-op). */
  public boolean exists(String key) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM ALERT_OUTBOX WHERE MESSAGE_KEY = ?", Integer.class, key);
    return n != null && n > 0;
  }

  /** Adds a pending e-mail; the caller's transaction also holds the case updates it reports. */
  public void add(PlannedMessage m, Instant at) {
    jdbc.update(
        "INSERT INTO ALERT_OUTBOX (MESSAGE_KEY, MESSAGE_ID, KIND, BRAND, RECIPIENTS, SUBJECT,"
            + " CASE_COUNT, PAYLOAD, STATE, ATTEMPTS, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
            + " 'PENDING', 0, ?)",
        m.key(),
        m.messageId(),
        m.kind(),
        m.brand(),
        String.join(",", m.recipients()),
        m.subject(),
        m.caseCount(),
        m.payload(),
        ts(at));
  }

  /** Rows not yet sent (pending or in doubt) with attempts left, oldest first. */
  List<Row> unsent() {
    return jdbc.query(
        "SELECT OUTBOX_ID, MESSAGE_KEY, MESSAGE_ID, STATE, ATTEMPTS, PAYLOAD FROM ALERT_OUTBOX"
            + " WHERE STATE IN ('PENDING', 'SENDING') ORDER BY OUTBOX_ID",
        (rs, i) ->
            new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                State.valueOf(rs.getString(4)),
                rs.getInt(5),
                rs.getBytes(6)));
  }

  /**
   * Claims a row for an attempt, before the SMTP conversation: only if it is still as {@code row}
   * was read (state and attempts), so of two deliveries that read the same row one sends it.
   *
   * @return false when another delivery claimed or finished it since
   */
  boolean markSending(Row row, Instant at) {
    return jdbc.update(
            "UPDATE ALERT_OUTBOX SET STATE = 'SENDING', ATTEMPTS = ATTEMPTS + 1, SENDING_AT = ?"
                + " WHERE OUTBOX_ID = ? AND STATE = ? AND ATTEMPTS = ?",
            ts(at),
            row.id(),
            row.state().name(),
            row.attempts())
        == 1;
  }

  /** Records that the server accepted the e-mail (or the journal proved it did). */
  void markSent(long id, Instant at) {
    jdbc.update(
        "UPDATE ALERT_OUTBOX SET STATE = 'SENT', SENT_AT = ?, LAST_ERROR = NULL WHERE OUTBOX_ID = ?",
        ts(at),
        id);
  }

  /** Records a failed attempt: back to pending, or failed when no attempts are left. */
  void markFailed(long id, String error, boolean giveUp) {
    String clipped = error.length() > 1900 ? error.substring(0, 1900) + "…" : error;
    jdbc.update(
        "UPDATE ALERT_OUTBOX SET STATE = ?, LAST_ERROR = ? WHERE OUTBOX_ID = ?",
        giveUp ? "FAILED" : "PENDING",
        clipped,
        id);
  }

  /** Rows per state. */
  public Map<State, Long> countByState() {
    Map<State, Long> counts = new TreeMap<>();
    for (State s : State.values()) {
      counts.put(s, 0L);
    }
    jdbc.query(
        "SELECT STATE, COUNT(*) FROM ALERT_OUTBOX GROUP BY STATE",
        rs -> {
          counts.put(State.valueOf(rs.getString(1)), rs.getLong(2));
        });
    return counts;
  }

  private static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
