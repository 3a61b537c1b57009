package org.brandpulse.ingest.metrics.accesslog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An access-log format compiled once from an Apache {@code LogFormat} string or an nginx {@code
 * log_format} string into a hand-written, single-pass parser (no regular expressions).
 *
 * <p>Apache directives: {@code %h %a %l %u %t %r %s %>s %b %B %{Referer}i %{User-Agent}i}; other
 * {@code %x} / {@code %{..}x} directives are skipped. nginx variables: {@code $remote_addr
 * $remote_user $time_local $request $status $body_bytes_sent $bytes_sent $http_referer
 * $http_user_agent}; other {@code $name} variables are skipped. Every character between directives
 * is a literal that must appear in the line; a field ends where the next literal starts, and a
 * field after a {@code "} literal honours backslash escapes. Text after the last field is ignored,
 * so extra trailing fields (e.g. {@code $http_x_forwarded_for}) do not make a line malformed.
 */
public final class LogFormat {

  /** Apache common log format. */
  public static final LogFormat COMMON = apache("%h %l %u %t \"%r\" %>s %b");

  /** Apache combined log format. */
  public static final LogFormat COMBINED =
      apache("%h %l %u %t \"%r\" %>s %b \"%{Referer}i\" \"%{User-Agent}i\"");

  /** nginx default {@code combined} format. */
  public static final LogFormat NGINX_COMBINED =
      nginx(
          "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent"
              + " \"$http_referer\" \"$http_user_agent\"");

  private final String source;
  private final List<Token> tokens;
  private final char[] stops;
  private final boolean[] quoted;

  private LogFormat(String source, List<Token> tokens) {
    this.source = source;
    this.tokens = List.copyOf(tokens);
    this.stops = new char[tokens.size()];
    this.quoted = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).field() == null) {
        continue;
      }
      stops[i] = i + 1 < tokens.size() ? tokens.get(i + 1).literal().charAt(0) : 0;
      quoted[i] = i > 0 && tokens.get(i - 1).literal().endsWith("\"");
    }
  }

  /** Compiles an Apache {@code LogFormat} string. */
  public static LogFormat apache(String format) {
    return new LogFormat(format, FormatCompiler.apache(Objects.requireNonNull(format, "format")));
  }

  /** Compiles an nginx {@code log_format} string. */
  public static LogFormat nginx(String format) {
    return new LogFormat(format, FormatCompiler.nginx(Objects.requireNonNull(format, "format")));
  }

  /**
   * Resolves a configured format: {@code combined}, {@code common}, {@code nginx} (nginx's default
   * {@code combined}), an nginx format string (it holds {@code $}) or an Apache {@code LogFormat}
   * string.
   *
   * @throws IllegalArgumentException naming the format and what was expected
   */
  public static LogFormat named(String format) {
    Objects.requireNonNull(format, "format");
    switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "combined":
        return COMBINED;
      case "common":
        return COMMON;
      case "nginx":
        return NGINX_COMBINED;
      default:
        break;
    }
    if (!format.contains("%") && !format.contains("$")) {
      throw new IllegalArgumentException(
          "unknown log format '"
              + format
              + "'; expected combined, common, nginx, an Apache LogFormat string (%h %l %u %t"
              + " \"%r\" %>s %b) or an nginx log_format string ($remote_addr ...)");
    }
    return format.contains("$") ? nginx(format) : apache(format);
  }

  /** Returns the format string this was compiled from. */
  public String source() {
    return source;
  }

  /**
   * Parses one line.
   *
   * @return {@link Result.Ok} with the record, or {@link Result.Error} with the 1-based column and
   *     what was expected there
   */
  public Result parse(String line) {
    return parse(line, null);
  }

  /** Parses one line, taking repeated field values from {@code strings} (null: none). */
  Result parse(String line, Strings strings) {
    LineParser parser = new LineParser(line, strings);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String error = token.literal() != null ? parser.literal(token.literal()) : null;
      if (token.field() != null) {
        error = parser.field(token.field(), stops[i], quoted[i]);
      }
      if (error != null) {
        return new Result.Error(parser.column(), error);
      }
    }
    return parser.build();
  }

  @Override
  public String toString() {
    return "LogFormat[" + source + "]";
  }

  /** Outcome of parsing one line. */
  public sealed interface Result {
    /** A well-formed line. */
    record Ok(AccessRecord record) implements Result {
      /** Validates the record. */
      public Ok {
        Objects.requireNonNull(record, "record");
      }
    }

    /** A malformed line: the 1-based column and what was expected there. */
    record Error(int column, String expected) implements Result {
      /** Validates the description. */
      public Error {
        Objects.requireNonNull(expected, "expected");
      }
    }
  }

  /** Kinds of field a directive can capture. */
  enum Field {
    IP,
    TIME,
    TIME_BRACKETED,
    REQUEST,
    STATUS,
    BYTES,
    REFERRER,
    USER_AGENT,
    SKIP
  }

  /** Either a literal or a field (exactly one is non-null). */
  record Token(String literal, Field field) {
    static List<Token> merge(List<Token> tokens) {
      List<Token> out = new ArrayList<>();
      for (Token t : tokens) {
        int last = out.size() - 1;
        if (t.literal() != null && last >= 0 && out.get(last).literal() != null) {
          out.set(last, new Token(out.get(last).literal() + t.literal(), null));
        } else {
          out.add(t);
        }
      }
      return out;
    }
  }
}
