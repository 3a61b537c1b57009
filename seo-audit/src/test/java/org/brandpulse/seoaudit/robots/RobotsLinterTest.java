package org.brandpulse.seoaudit.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsLinterTest {

  private static List<RobotsProblem> lint(String robots) {
    return RobotsLinter.lint(
        robots.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8), "text/plain");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Disallow: /a\\nUser-agent: *                       | 1 | rule before any user-agent line",
        "User-agent: *\\nDisalow: /a                         | 2 | unknown directive 'disalow'",
        "User-agent: *\\nDisallow /a                         | 2 | expected 'field: value'",
        "User-agent: *\\nCrawl-delay: soon                   | 2 | crawl-delay must be a number",
        "User-agent: *\\nSitemap: /sitemap.xml               | 2 | sitemap must be an absolute http(s) URL",
        "User-agent: *\\nDisallow: private                   | 2 | path should start with '/' or '*'",
        "User-agent:\\nDisallow: /                            | 1 | empty user-agent",
        "User-agent: *\\nNoindex: /a                         | 2 | non-standard directive 'noindex'",
      })
  void reportsProblemWithLine(String robots, int line, String message) {
    List<RobotsProblem> problems = lint(robots);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(line);
    assertThat(problems.get(0).message()).contains(message);
  }

  @Test
  void cleanFileHasNoProblems() {
    String robots =
        "\uFEFF# comment\\nUser-agent: *\\nUser-agent: BrandpulseBot\\nDisallow: /private # no\\n"
            + "Allow: /private/ok\\nCrawl-delay: 1.5\\n\\nSitemap: https://example.org/sitemap.xml\\n"
            + "Disallow: /বাংলা/\\n";
    assertThat(lint(robots)).isEmpty();
  }

  @Test
  void htmlServedAsRobotsTxt() {
    List<RobotsProblem> problems =
        RobotsLinter.lint(
            "<!DOCTYPE html><html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8),
            "text/html");

    assertThat(problems)
        .extracting(RobotsProblem::message)
        .containsExactly("served as HTML, expected a plain-text robots.txt");
  }

  @Test
  void invalidUtf8AndOversizeAreFileLevelProblems() {
    byte[] big = new byte[RobotsRules.MAX_PARSED_BYTES + 10];
    java.util.Arrays.fill(big, (byte) '#');
    big[1] = (byte) 0xff; // inside a comment: only the file-level problems remain

    assertThat(RobotsLinter.lint(big, "text/plain"))
        .extracting(RobotsProblem::line)
        .containsExactly(0, 0);
    assertThat(RobotsLinter.lint(big, "text/plain").toString()).contains("500 KiB", "UTF-8");
  }

  @Test
  void problemsAreBounded() {
    String many = "User-agent: *\\n" + "Bogus: x\\n".repeat(500);
    assertThat(lint(many)).hasSize(RobotsLinter.MAX_PROBLEMS);
  }
}
