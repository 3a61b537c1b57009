package org.brandpulse.seoaudit.robots;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brandpulse.seoaudit.url.UrlNormalizer;

/**
 * Finds problems in a robots.txt that crawlers silently skip. At most {@value #MAX_PROBLEMS}
 * problems are returned.
 */
public final class RobotsLinter {

  /** The most problems reported per file. */
  public static final int MAX_PROBLEMS = 50;

  private static final Set<String> KNOWN =
      Set.of("user-agent", "allow", "disallow", "sitemap", "crawl-delay");
  private static final Set<String> NON_STANDARD =
      Set.of("host", "clean-param", "request-rate", "visit-time", "noindex", "nofollow");

  private RobotsLinter() {}

  /**
   * Lints {@code content}.
   *
   * @param content the robots.txt bytes
   * @param contentType the response's media type (lower case, no parameters), "" if none
   */
  public static List<RobotsProblem> lint(byte[] content, String contentType) {
    List<RobotsProblem> problems = new ArrayList<>();
    if (content.length > RobotsRules.MAX_PARSED_BYTES) {
      problems.add(
          new RobotsProblem(
              0,
              "",
              "file is "
                  + content.length
                  + " bytes; rules past 500 KiB are ignored (RFC 9309 2.5)"));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(new RobotsProblem(0, "", "not valid UTF-8 (RFC 9309 requires UTF-8)"));
      text = new String(content, StandardCharsets.UTF_8);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String head = text.stripLeading().toLowerCase(Locale.ROOT);
    if (contentType.equals("text/html")
        || head.startsWith("<!doctype")
        || head.startsWith("<html")) {
      problems.add(new RobotsProblem(0, "", "served as HTML, expected a plain-text robots.txt"));
      return problems;
    }
    boolean inGroup = false;
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length && problems.size() < MAX_PROBLEMS; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      String content0 = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content0.isEmpty()) {
        continue;
      }
      int colon = content0.indexOf(':');
      if (colon < 0) {
        problems.add(new RobotsProblem(i + 1, line, "expected 'field: value'"));
        continue;
      }
      String field = content0.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = content0.substring(colon + 1).strip();
      if (!KNOWN.contains(field)) {
        problems.add(
            new RobotsProblem(
                i + 1,
                line,
                NON_STANDARD.contains(field)
                    ? "non-standard directive '" + field + "' is ignored by Google and RFC 9309"
                    : "unknown directive '"
                        + field
                        + "', expected user-agent, allow, disallow, sitemap or crawl-delay"));
        continue;
      }
      switch (field) {
        case "user-agent" -> {
          inGroup = true;
          if (value.isEmpty()) {
            problems.add(
                new RobotsProblem(
                    i + 1, line, "empty user-agent, expected a product token or '*'"));
          }
        }
        case "allow", "disallow" -> {
          if (!inGroup) {
            problems.add(
                new RobotsProblem(i + 1, line, "rule before any user-agent line is ignored"));
          } else if (!value.isEmpty() && !value.startsWith("/") && !value.startsWith("*")) {
            problems.add(new RobotsProblem(i + 1, line, "path should start with '/' or '*'"));
          }
        }
        case "crawl-delay" -> {
          if (!value.matches("\\d+(\\.\\d+)?")) {
            problems.add(new RobotsProblem(i + 1, line, "crawl-delay must be a number of seconds"));
          }
        }
        default -> {
          if (UrlNormalizer.normalize(value).isEmpty() || !value.matches("(?i)https?://.*")) {
            problems.add(new RobotsProblem(i + 1, line, "sitemap must be an absolute http(s) URL"));
          }
        }
      }
    }
    return problems;
  }
}
