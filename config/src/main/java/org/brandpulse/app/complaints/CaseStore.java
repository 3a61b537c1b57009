package org.brandpulse.app.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;
import org.brandpulse.reporting.complaints.CaseState;
import org.brandpulse.reporting.complaints.ComplaintCase;
import org.brandpulse.reporting.complaints.FirstReplies;
import org.brandpulse.reporting.complaints.ReplyTimes;
import org.brandpulse.reporting.report.build.OpenCases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Complaint cases in the JDBC database. The web UI lists cases with {@link #list} and closes them
 * with {@link #markReplied} and {@link #markResolved}; the job opens and advances them.
 */
@Component
public class CaseStore implements OpenCases {

  static final String COLUMNS =
      "CASE_ID, BRAND, STATE, PRIORITY, SEVERITY, CATEGORY, PROBABILITY, REASONS,"
          + " POST_CREATED_AT, SLA_DUE, OPENED_AT, ALERTED_AT, ESCALATED_AT, CLOSED_AT, CLOSED_BY,"
          + " ASSIGNEE, THREAD_ID, POST_URL, AUTHOR_HANDLE, AUTHOR_NAME, REACH, ENGAGEMENT,"
          + " POST_TEXT";

  /** Waiting for a reply: the inbox's and reports' open cases. */
  private static final String OPEN_STATES = "('NEW', 'ALERTED', 'ESCALATED', 'BACKFILLED')";

  /** The states alert and escalation e-mails move a case between. */
  private static final String ALERTABLE_STATES = "('NEW', 'ALERTED', 'ESCALATED')";

  private final JdbcTemplate jdbc;

  public CaseStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a case unless one with its id exists; true when it was inserted. */
  public boolean openIfAbsent(ComplaintCase c) {
    if (get(c.id()).isPresent()) {
      return false;
    }
    jdbc.update(
        "INSERT INTO COMPLAINT_CASE ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        c.id(),
        c.brand(),
        c.state().name(),
        c.priority(),
        c.severity().name(),
        c.category().name(),
        c.probability(),
        String.join("\n", c.reasons()),
        ts(c.postCreatedAt()),
        ts(c.slaDue()),
        ts(c.openedAt()),
        ts(c.alertedAt()),
        ts(c.escalatedAt()),
        ts(c.closedAt()),
        c.closedBy(),
        c.assignee(),
        c.threadId(),
        c.postUrl(),
        c.authorHandle(),
        c.authorName(),
        c.reach(),
        c.engagement(),
        c.text());
    return true;
  }

  /** The case with this id. */
  public Optional<ComplaintCase> get(String id) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM COMPLAINT_CASE WHERE CASE_ID = ?", CaseStore::row, id)
        .stream()
        .findFirst();
  }

  /** Cases in any of these states (all when none given), highest priority first, at most limit. */
  public List<ComplaintCase> list(Collection<CaseState> states, int limit) {
    String where =
        states.isEmpty()
            ? ""
            : " WHERE STATE IN ("
                + String.join(", ", states.stream().map(s -> "'" + s.name() + "'").toList())
                + ")";
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM COMPLAINT_CASE"
            + where
            + " ORDER BY PRIORITY DESC, POST_CREATED_AT, CASE_ID FETCH FIRST "
            + limit
            + " ROWS ONLY",
        CaseStore::row);
  }

  /**
   * A brand's open complaint cases (new, alerted, escalated, backfilled; no questions), highest
   * priority first, at most limit.
   */
  @Override
  public List<ComplaintCase> openComplaints(String brand, int limit) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM COMPLAINT_CASE WHERE BRAND = ? AND CATEGORY <> 'NONE' AND STATE IN "
            + OPEN_STATES
            + " ORDER BY PRIORITY DESC, POST_CREATED_AT, CASE_ID FETCH FIRST "
            + Math.max(1, limit)
            + " ROWS ONLY",
        CaseStore::row,
        brand);
  }

  @Override
  public long countOpenQuestions(String brand) {
    Long n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM COMPLAINT_CASE WHERE BRAND = ? AND CATEGORY = 'NONE' AND STATE IN "
                + OPEN_STATES,
            Long.class,
            brand);
    return n == null ? 0 : n;
  }

  /** How many open cases a brand has. */
  @Override
  public long countOpen(String brand) {
    Long n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM COMPLAINT_CASE WHERE BRAND = ? AND STATE IN " + OPEN_STATES,
            Long.class,
            brand);
    return n == null ? 0 : n;
  }

  /** Cases in a state, for one brand, oldest first. */
  List<ComplaintCase> inState(CaseState state, String brand) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM COMPLAINT_CASE WHERE STATE = ? AND BRAND = ?"
            + " ORDER BY POST_CREATED_AT, CASE_ID",
        CaseStore::row,
        state.name(),
        brand);
  }

  /** Every open case (for matching the brand's replies). */
  List<ComplaintCase> openCases() {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM COMPLAINT_CASE WHERE STATE IN "
            + OPEN_STATES
            + " ORDER BY POST_CREATED_AT, CASE_ID",
        CaseStore::row);
  }

  /**
   * The cases still without a first reply: every open one, and closed ones whose complaint was
   * written at or after {@code since} (a manager may resolve a case before the brand's reply is
   * ingested; the reply still gives it a time to first reply).
   */
  List<FirstReplies.Waiting> waitingForFirstReply(Instant since) {
    return jdbc.query(
        "SELECT CASE_ID, BRAND, THREAD_ID, POST_CREATED_AT FROM COMPLAINT_CASE"
            + " WHERE FIRST_REPLY_AT IS NULL AND (STATE IN "
            + OPEN_STATES
            + " OR POST_CREATED_AT >= ?) ORDER BY POST_CREATED_AT, CASE_ID",
        (rs, i) ->
            new FirstReplies.Waiting(
                rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, "POST_CREATED_AT")),
        ts(since));
  }

  /**
   * Time to first reply per brand over the cases whose complaint was written in {@code [from, to)}:
   * every case counts, answered or not.
   */
  @Override
  public java.util.Map<String, ReplyTimes> replyTimes(Instant from, Instant to, Duration sla) {
    java.util.Map<String, List<Duration>> waits = new java.util.TreeMap<>();
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    jdbc.query(
        "SELECT BRAND, POST_CREATED_AT, FIRST_REPLY_AT FROM COMPLAINT_CASE"
            + " WHERE POST_CREATED_AT >= ? AND POST_CREATED_AT < ?",
        rs -> {
          String brand = rs.getString(1);
          counts.merge(brand, 1, Integer::sum);
          List<Duration> list = waits.computeIfAbsent(brand, b -> new java.util.ArrayList<>());
          Timestamp reply = rs.getTimestamp(3);
          if (reply != null) {
            list.add(Duration.between(rs.getTimestamp(2).toInstant(), reply.toInstant()));
          }
        },
        ts(from),
        ts(to));
    java.util.Map<String, ReplyTimes> out = new java.util.TreeMap<>();
    counts.forEach((b, n) -> out.put(b, ReplyTimes.of(waits.get(b), n, sla)));
    return out;
  }

  /** Records the brand's first reply to a case (once). */
  boolean setFirstReply(String id, Instant at, String replyId) {
    return jdbc.update(
            "UPDATE COMPLAINT_CASE SET FIRST_REPLY_AT = ?, FIRST_REPLY_ID = ? WHERE CASE_ID = ?"
                + " AND FIRST_REPLY_AT IS NULL",
            ts(at),
            replyId,
            id)
        == 1;
  }

  /** Sets state, time and key of cases that an outbox row now reports. */
  void advance(Collection<String> ids, CaseState state, Instant at, String key) {
    String column = state == CaseState.ESCALATED ? "ESCALATED" : "ALERTED";
    for (String id : ids) {
      jdbc.update(
          "UPDATE COMPLAINT_CASE SET STATE = ?, "
              + column
              + "_AT = ?, "
              + (state == CaseState.ESCALATED ? "ESCALATION_KEY" : "ALERT_KEY")
              + " = ? WHERE CASE_ID = ? AND STATE IN "
              + ALERTABLE_STATES,
          state.name(),
          ts(at),
          key,
          id);
    }
  }

  /**
   * Where the last pass for backfilled complaints left off: posts fetched from this instant on are
   * new to it (empty before the first pass).
   */
  Optional<Instant> backfillMark() {
    return jdbc
        .query(
            "SELECT FETCHED_SINCE FROM CASE_BACKFILL_MARK WHERE ID = 1",
            (rs, i) -> rs.getTimestamp(1).toInstant())
        .stream()
        .findFirst();
  }

  /** Records where the next pass for backfilled complaints starts. */
  void setBackfillMark(Instant fetchedSince) {
    if (jdbc.update(
            "UPDATE CASE_BACKFILL_MARK SET FETCHED_SINCE = ? WHERE ID = 1", ts(fetchedSince))
        == 0) {
      jdbc.update(
          "INSERT INTO CASE_BACKFILL_MARK (ID, FETCHED_SINCE) VALUES (1, ?)", ts(fetchedSince));
    }
  }

  /** A reply from the brand closes an open case; true when it was open. */
  public boolean markReplied(String id, Instant at, String by) {
    return close(id, CaseState.REPLIED, at, by);
  }

  /** A manager resolved an open case; true when it was open. */
  public boolean markResolved(String id, Instant at, String by) {
    return close(id, CaseState.RESOLVED, at, by);
  }

  /** Sets who works on a case; true when the case exists. */
  public boolean assign(String id, String assignee) {
    return jdbc.update("UPDATE COMPLAINT_CASE SET ASSIGNEE = ? WHERE CASE_ID = ?", assignee, id)
        == 1;
  }

  /** How many cases are in each state, in enum order. */
  public long[] countByState() {
    long[] counts = new long[CaseState.values().length];
    jdbc.query(
        "SELECT STATE, COUNT(*) FROM COMPLAINT_CASE GROUP BY STATE",
        rs -> {
          counts[CaseState.valueOf(rs.getString(1)).ordinal()] = rs.getLong(2);
        });
    return counts;
  }

  private boolean close(String id, CaseState state, Instant at, String by) {
    return jdbc.update(
            "UPDATE COMPLAINT_CASE SET STATE = ?, CLOSED_AT = ?, CLOSED_BY = ? WHERE CASE_ID = ?"
                + " AND STATE IN "
                + OPEN_STATES,
            state.name(),
            ts(at),
            by,
            id)
        == 1;
  }

  static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static ComplaintCase row(ResultSet rs, int i) throws SQLException {
    String reasons = rs.getString("REASONS");
    return new ComplaintCase(
        rs.getString("CASE_ID"),
        rs.getString("BRAND"),
        CaseState.valueOf(rs.getString("STATE")),
        rs.getInt("PRIORITY"),
        Severity.valueOf(rs.getString("SEVERITY")),
        ComplaintCategory.valueOf(rs.getString("CATEGORY")),
        rs.getDouble("PROBABILITY"),
        reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n")),
        instant(rs, "POST_CREATED_AT"),
        instant(rs, "SLA_DUE"),
        instant(rs, "OPENED_AT"),
        instant(rs, "ALERTED_AT"),
        instant(rs, "ESCALATED_AT"),
        instant(rs, "CLOSED_AT"),
        rs.getString("CLOSED_BY"),
        rs.getString("ASSIGNEE"),
        rs.getString("THREAD_ID"),
        rs.getString("POST_URL"),
        rs.getString("AUTHOR_HANDLE"),
        rs.getString("AUTHOR_NAME"),
        rs.getLong("REACH"),
        rs.getLong("ENGAGEMENT"),
        rs.getString("POST_TEXT"));
  }
}
