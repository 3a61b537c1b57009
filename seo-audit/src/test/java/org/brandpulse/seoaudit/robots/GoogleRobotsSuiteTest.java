package org.brandpulse.seoaudit.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Google's robots.txt test suite (google/robotstxt, robots_test.cc) as data, run against {@link
 * RobotsRules}; each row cites its source line. Rows where crawler-commons differs from Google's
 * own matcher say so in their note and assert what we do.
 */
class GoogleRobotsSuiteTest {

  @ParameterizedTest(name = "{0} {1}: {3} {4} -> {6}")
  @CsvFileSource(
      resources = "/robots/google-robotstxt-cases.csv",
      numLinesToSkip = 1,
      maxCharsPerColumn = 100_000)
  void matchesGoogleSuite(
      String source,
      String test,
      String robotsTxt,
      String agent,
      String url,
      boolean google,
      boolean expected,
      String note) {
    String content = robotsTxt == null ? "" : robotsTxt.replace("\\n", "\n");
    RobotsRules rules =
        RobotsRules.parse(
            "http://foo.bar/robots.txt", content.getBytes(StandardCharsets.UTF_8), agent);

    assertThat(rules.isAllowed(url))
        .as("%s (%s) %s", source, test, note == null ? "" : note)
        .isEqualTo(expected);
  }
}
