package org.brandpulse.ingest.metrics.accesslog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.ingest.metrics.accesslog.LogFormat.Field;
import org.brandpulse.ingest.metrics.accesslog.LogFormat.Token;

/** Turns Apache and nginx format strings into literal/field tokens. */
final class FormatCompiler {

  private FormatCompiler() {}

  static List<Token> apache(String format) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c != '%') {
        tokens.add(new Token(String.valueOf(c), null));
        i++;
        continue;
      }
      i++;
      if (i < format.length() && format.charAt(i) == '%') {
        tokens.add(new Token("%", null));
        i++;
        continue;
      }
      String arg = "";
      while (i < format.length() && (format.charAt(i) == '>' || format.charAt(i) == '<')) {
        i++;
      }
      if (i < format.length() && format.charAt(i) == '{') {
        int end = format.indexOf('}', i);
        if (end < 0) {
          throw new IllegalArgumentException(
              "format '" + format + "' column " + (i + 1) + ": expected '}' closing %{");
        }
        arg = format.substring(i + 1, end).toLowerCase(Locale.ROOT);
        i = end + 1;
      }
      if (i >= format.length()) {
        throw new IllegalArgumentException("format '" + format + "': expected a directive after %");
      }
      char d = format.charAt(i++);
      tokens.add(new Token(null, apacheField(d, arg)));
    }
    return check(format, Token.merge(tokens));
  }

  private static Field apacheField(char d, String arg) {
    return switch (d) {
      case 'h', 'a' -> Field.IP;
      case 't' -> arg.isEmpty() ? Field.TIME_BRACKETED : Field.SKIP;
      case 'r' -> Field.REQUEST;
      case 's' -> Field.STATUS;
      case 'b', 'B' -> Field.BYTES;
      case 'i' ->
          switch (arg) {
            case "referer", "referrer" -> Field.REFERRER;
            case "user-agent" -> Field.USER_AGENT;
            default -> Field.SKIP;
          };
      default -> Field.SKIP;
    };
  }

  static List<Token> nginx(String format) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c != '$') {
        tokens.add(new Token(String.valueOf(c), null));
        i++;
        continue;
      }
      int start = ++i;
      boolean braced = i < format.length() && format.charAt(i) == '{';
      if (braced) {
        start = ++i;
      }
      while (i < format.length()
          && (Character.isLetterOrDigit(format.charAt(i)) || format.charAt(i) == '_')) {
        i++;
      }
      String name = format.substring(start, i);
      if (braced) {
        i++;
      }
      tokens.add(new Token(null, nginxField(name)));
    }
    return check(format, Token.merge(tokens));
  }

  private static Field nginxField(String name) {
    return switch (name) {
      case "remote_addr", "binary_remote_addr" -> Field.IP;
      case "time_local" -> Field.TIME;
      case "request" -> Field.REQUEST;
      case "status" -> Field.STATUS;
      case "body_bytes_sent", "bytes_sent" -> Field.BYTES;
      case "http_referer" -> Field.REFERRER;
      case "http_user_agent" -> Field.USER_AGENT;
      default -> Field.SKIP;
    };
  }

  private static List<Token> check(String format, List<Token> tokens) {
    boolean ip = false;
    boolean time = false;
    boolean request = false;
    boolean status = false;
    for (int i = 0; i < tokens.size(); i++) {
      Field f = tokens.get(i).field();
      if (f == null) {
        continue;
      }
      if (i + 1 < tokens.size() && tokens.get(i + 1).field() != null) {
        throw new IllegalArgumentException(
            "format '" + format + "': expected a literal between two adjacent fields");
      }
      ip |= f == Field.IP;
      time |= f == Field.TIME || f == Field.TIME_BRACKETED;
      request |= f == Field.REQUEST;
      status |= f == Field.STATUS;
    }
    if (!(ip && time && request && status)) {
      throw new IllegalArgumentException(
          "format '" + format + "': expected client address, time, request and status fields");
    }
    return tokens;
  }
}
