package org.brandpulse.ingest.metrics.accesslog;

import java.time.Instant;
import java.time.LocalDate;
import org.brandpulse.ingest.metrics.accesslog.LogFormat.Field;
import org.brandpulse.ingest.metrics.accesslog.LogFormat.Result;

/** Single-pass cursor over one log line; methods return null or what was expected. */
final class LineParser {

  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  private final String line;
  private int pos;
  private String ip = "";
  private Instant time;
  private String method;
  private String path;
  private String query = "";
  private int status = -1;
  private long bytes;
  private String referrer = "";
  private String userAgent = "";

  private final Strings strings;
  private boolean escaped;
  // the first backslash at or after the current field, -1 for none, -2 before the first search
  private int backslash = -2;

  LineParser(String line, Strings strings) {
    this.line = line;
    this.strings = strings;
  }

  int column() {
    return pos + 1;
  }

  String literal(String literal) {
    if (!line.startsWith(literal, pos)) {
      return "'" + literal + "'";
    }
    pos += literal.length();
    return null;
  }

  String field(Field field, char stop, boolean quoted) {
    if (field == Field.TIME_BRACKETED) {
      if (pos >= line.length() || line.charAt(pos) != '[') {
        return "'[' starting the time";
      }
      int end = line.indexOf(']', pos);
      if (end < 0) {
        return "']' closing the time";
      }
      String error = time(pos + 1, end);
      if (error == null) {
        pos = end + 1;
      }
      return error;
    }
    int start = pos;
    int end = quoted ? quotedEnd(start) : plainEnd(start, stop);
    if (end < 0) {
      return stop == 0 ? "a field" : "'" + stop + "' after a field";
    }
    pos = end;
    return value(field, start, end, quoted);
  }

  private int plainEnd(int start, char stop) {
    if (stop == 0) {
      return line.length();
    }
    return line.indexOf(stop, start);
  }

  private int quotedEnd(int start) {
    escaped = false;
    if (backslash == -2) {
      backslash = line.indexOf('\\');
    }
    int quote = line.indexOf('"', start);
    if (backslash < start || (quote >= 0 && backslash > quote)) {
      // no escape in the field, nearly every line: one search instead of a loop over characters
      if (backslash >= 0 && backslash < start) {
        backslash = line.indexOf('\\', start);
        if (backslash >= start && (quote < 0 || backslash < quote)) {
          return escapedEnd(start);
        }
      }
      return quote;
    }
    return escapedEnd(start);
  }

  private int escapedEnd(int start) {
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        escaped = true;
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  private String value(Field field, int start, int end, boolean quoted) {
    if (field == Field.SKIP) {
      return null; // ident, user and other unused fields are not copied
    }
    if (field == Field.TIME) {
      return time(start, end);
    }
    if (strings != null
        && !(quoted && escaped)
        && (field == Field.IP || field == Field.USER_AGENT || field == Field.REFERRER)) {
      // repeated on many lines: shared instances, and no copy when seen before
      String text = strings.of(line, start, end);
      switch (field) {
        case IP -> ip = text;
        case REFERRER -> referrer = text.equals("-") ? "" : text;
        default -> userAgent = text.equals("-") ? "" : text;
      }
      return null;
    }
    String raw = line.substring(start, end);
    String text = quoted && raw.indexOf('\\') >= 0 ? unescape(raw) : raw;
    switch (field) {
      case IP -> ip = text;
      case REQUEST -> {
        String error = request(text);
        if (error != null) {
          pos = start;
        }
        return error;
      }
      case STATUS -> {
        if (text.length() != 3 || !digits(text)) {
          pos = start;
          return "a 3-digit status";
        }
        status = Integer.parseInt(text);
      }
      case BYTES -> {
        if (text.equals("-")) {
          bytes = 0;
        } else if (text.isEmpty() || text.length() > 18 || !digits(text)) {
          pos = start;
          return "a byte count or '-'";
        } else {
          bytes = Long.parseLong(text);
        }
      }
      case REFERRER -> referrer = text.equals("-") ? "" : text;
      case USER_AGENT -> userAgent = text.equals("-") ? "" : text;
      default -> {}
    }
    return null;
  }

  private String request(String text) {
    int sp1 = text.indexOf(' ');
    int sp2 = sp1 < 0 ? -1 : text.indexOf(' ', sp1 + 1);
    String target = sp1 < 0 ? "" : text.substring(sp1 + 1, sp2 < 0 ? text.length() : sp2);
    if (sp1 <= 0 || target.isEmpty() || !upper(text, sp1)) {
      return "a request line 'METHOD /path PROTOCOL'";
    }
    method = text.substring(0, sp1);
    if (!target.startsWith("/")) {
      int scheme = target.indexOf("://");
      int slash = scheme < 0 ? -1 : target.indexOf('/', scheme + 3);
      target =
          scheme < 0
              ? (target.equals("*") ? "*" : "/" + target)
              : slash < 0 ? "/" : target.substring(slash);
    }
    int hash = target.indexOf('#');
    if (hash >= 0) {
      target = target.substring(0, hash);
    }
    int q = target.indexOf('?');
    path = q < 0 ? target : target.substring(0, q);
    query = q < 0 ? "" : target.substring(q + 1);
    if (path.isEmpty()) {
      path = "/";
    }
    if (strings != null) {
      path = strings.of(path);
    }
    return null;
  }

  /** Parses {@code 10/Oct/2000:13:55:36 -0700} between start and end. */
  private String time(int start, int end) {
    String expected = "a time like '10/Oct/2000:13:55:36 -0700'";
    if (end - start != 26
        || line.charAt(start + 2) != '/'
        || line.charAt(start + 6) != '/'
        || line.charAt(start + 11) != ':'
        || line.charAt(start + 20) != ' ') {
      pos = start;
      return expected;
    }
    int month = MONTHS.indexOf(line.substring(start + 3, start + 6));
    int day = num(start, 2);
    int year = num(start + 7, 4);
    int hour = num(start + 12, 2);
    int min = num(start + 15, 2);
    int sec = num(start + 18, 2);
    char sign = line.charAt(start + 21);
    int offH = num(start + 22, 2);
    int offM = num(start + 24, 2);
    if (month < 0
        || month % 3 != 0
        || day < 1
        || day > 31
        || year < 0
        || hour < 0
        || hour > 23
        || min < 0
        || min > 59
        || sec < 0
        || sec > 60
        || offH < 0
        || offM < 0
        || (sign != '+' && sign != '-')) {
      pos = start;
      return expected;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month / 3 + 1, day);
    } catch (java.time.DateTimeException e) {
      pos = start;
      return expected;
    }
    long offset = (offH * 3600L + offM * 60L) * (sign == '-' ? -1 : 1);
    long epoch = date.toEpochDay() * 86_400L + hour * 3600L + min * 60L + sec - offset;
    time = Instant.ofEpochSecond(epoch);
    return null;
  }

  private int num(int at, int len) {
    int v = 0;
    for (int i = at; i < at + len; i++) {
      char c = line.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean upper(String s, int end) {
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static String unescape(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length()) {
        c = raw.charAt(++i);
      }
      sb.append(c);
    }
    return sb.toString();
  }

  Result build() {
    if (time == null || method == null || status < 0) {
      return new Result.Error(column(), "client address, time, request and status");
    }
    return new Result.Ok(
        new AccessRecord(ip, time, method, path, query, status, bytes, referrer, userAgent));
  }
}
