package org.brandpulse.app.demo.accesslog;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One generated log line: a request with its time, and the time it is written, which is later by
 * the response time, so lines of concurrent requests come out slightly out of order as they do with
 * several server workers. A raw line replaces the formatted request (malformed lines).
 */
record Hit(
    long millis,
    long writeAt,
    long seq,
    String ip,
    String method,
    String target,
    int status,
    long bytes,
    String referrer,
    String userAgent,
    String raw) {

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** Appends the line in Apache combined format, without the line break. */
  void appendTo(StringBuilder sb) {
    if (raw != null) {
      sb.append(raw.replace("{time}", time(millis)));
      return;
    }
    sb.append(ip).append(" - - [").append(time(millis)).append("] \"");
    sb.append(method).append(' ').append(target).append(" HTTP/1.1\" ");
    sb.append(status).append(' ').append(bytes).append(" \"");
    sb.append(referrer.isEmpty() ? "-" : referrer).append("\" \"").append(userAgent).append('"');
  }

  /** Formats {@code 10/Oct/2026:13:55:36 +0000}. */
  static String time(long millis) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), 0, ZoneOffset.UTC);
    StringBuilder sb = new StringBuilder(26);
    two(sb, t.getDayOfMonth()).append('/').append(MONTHS[t.getMonthValue() - 1]).append('/');
    sb.append(t.getYear()).append(':');
    two(sb, t.getHour()).append(':');
    two(sb, t.getMinute()).append(':');
    two(sb, t.getSecond()).append(" +0000");
    return sb.toString();
  }

  private static StringBuilder two(StringBuilder sb, int v) {
    return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }
}
