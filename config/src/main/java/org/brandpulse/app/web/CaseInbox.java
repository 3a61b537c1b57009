package org.brandpulse.app.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the complaint inbox from {@code COMPLAINT_CASE} with the filters of the inbox page (state
 * changes go through the alerts package's {@code CaseStore}).
 */
public class CaseInbox {

  /** At most this many cases on one page. */
  static final int LIMIT = 200;

  /**
   * One case as the inbox shows it.
   *
   * @param id the post id
   * @param brand the brand
   * @param state NEW, ALERTED, ESCALATED, BACKFILLED, REPLIED or RESOLVED
   * @param priority 0 to 100
   * @param severity from the analysis
   * @param category from the analysis
   * @param postCreatedAt when the post was written
   * @param slaDue when the SLA runs out
   * @param assignee who works on it, or null
   * @param closedAt when it was replied to or resolved, or null
   * @param closedBy who or what closed it, or null
   * @param postUrl link to the post, or null
   * @param author the author's handle or name, or null
   * @param reach the post's reach
   * @param text the post text (shown escaped)
   */
  public record Row(
      String id,
      String brand,
      String state,
      int priority,
      String severity,
      String category,
      Instant postCreatedAt,
      Instant slaDue,
      String assignee,
      Instant closedAt,
      String closedBy,
      String postUrl,
      String author,
      long reach,
      String text) {

    /** The post's link when it is an http(s) URL (anything else is shown as text only). */
    public String safePostUrl() {
      String u = postUrl == null ? "" : postUrl.strip().toLowerCase(java.util.Locale.ROOT);
      return u.startsWith("https://") || u.startsWith("http://") ? postUrl.strip() : null;
    }

    /** True while the case waits for a reply. */
    public boolean open() {
      return !"REPLIED".equals(state) && !"RESOLVED".equals(state);
    }
  }

  /**
   * The inbox filters; null or blank means any.
   *
   * @param brand one brand
   * @param state one state
   * @param category one complaint category
   * @param minPriority at least this priority
   */
  public record Filter(String brand, String state, String category, Integer minPriority) {

    /** True when no filter is set: every case passes. */
    public boolean matchesAll() {
      return blank(brand) && blank(state) && blank(category) && minPriority == null;
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }

  private static final String SELECT =
      "SELECT CASE_ID, BRAND, STATE, PRIORITY, SEVERITY, CATEGORY, POST_CREATED_AT, SLA_DUE,"
          + " ASSIGNEE, CLOSED_AT, CLOSED_BY, POST_URL, AUTHOR_HANDLE, AUTHOR_NAME, REACH, POST_TEXT"
          + " FROM COMPLAINT_CASE";

  private final JdbcTemplate jdbc;

  public CaseInbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The cases that pass the filter, highest priority first, then oldest first. */
  public List<Row> list(Filter filter) {
    StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    add(sql, args, "BRAND", filter.brand());
    add(sql, args, "STATE", filter.state());
    add(sql, args, "CATEGORY", filter.category());
    if (filter.minPriority() != null) {
      sql.append(" AND PRIORITY >= ?");
      args.add(filter.minPriority());
    }
    sql.append(" ORDER BY PRIORITY DESC, POST_CREATED_AT, CASE_ID FETCH FIRST ")
        .append(LIMIT)
        .append(" ROWS ONLY");
    return jdbc.query(sql.toString(), CaseInbox::row, args.toArray());
  }

  /** One case. */
  public Optional<Row> get(String id) {
    return jdbc.query(SELECT + " WHERE CASE_ID = ?", CaseInbox::row, id).stream().findFirst();
  }

  /** The brands that have cases, for the filter's choices. */
  public List<String> brands() {
    return jdbc.queryForList(
        "SELECT DISTINCT BRAND FROM COMPLAINT_CASE ORDER BY BRAND", String.class);
  }

  private static void add(StringBuilder sql, List<Object> args, String column, String value) {
    if (value != null && !value.isBlank()) {
      sql.append(" AND ").append(column).append(" = ?");
      args.add(value.strip());
    }
  }

  private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    String handle = rs.getString("AUTHOR_HANDLE");
    return new Row(
        rs.getString("CASE_ID"),
        rs.getString("BRAND"),
        rs.getString("STATE"),
        rs.getInt("PRIORITY"),
        rs.getString("SEVERITY"),
        rs.getString("CATEGORY"),
        instant(rs.getTimestamp("POST_CREATED_AT")),
        instant(rs.getTimestamp("SLA_DUE")),
        rs.getString("ASSIGNEE"),
        instant(rs.getTimestamp("CLOSED_AT")),
        rs.getString("CLOSED_BY"),
        rs.getString("POST_URL"),
        handle != null ? "@" + handle : rs.getString("AUTHOR_NAME"),
        rs.getLong("REACH"),
        rs.getString("POST_TEXT"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
