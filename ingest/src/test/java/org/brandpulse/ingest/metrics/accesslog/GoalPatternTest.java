package org.brandpulse.ingest.metrics.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoalPatternTest {

  @ParameterizedTest
  @CsvSource({
    "/order/*/thanks, /order/42/thanks, true",
    "/order/*/thanks, /order/a/b/thanks, true",
    "/order/*/thanks, /order/thanks, false",
    "/order/*/thanks, /order/42/thanks/more, false",
    "/checkout/done, /checkout/done, true",
    "/checkout/done, /checkout/done/, false",
    "/sign-up*, /sign-up/ok, true",
    "*/thanks, /bn/ধন্যবাদ/thanks, true",
    "/a*b*c, /abc, true",
    "/a*b*c, /acb, false",
  })
  void matchesPathsWithStars(String pattern, String path, boolean matches) {
    assertThat(GoalPattern.of(pattern).matches(path)).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource({"''", "thanks", "' '"})
  void rejectsPatternsThatAreNotPaths(String pattern) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GoalPattern.of(pattern))
        .withMessageContaining("expected a path starting with '/' or '*'");
  }
}
