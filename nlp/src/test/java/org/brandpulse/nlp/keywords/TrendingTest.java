package org.brandpulse.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendingTest {

  @Test
  void g2MatchesAWorkedExample() {
    // Rayson & Garside 2000 style 2x2: 10 of 1,000 against 2 of 1,000.
    // E1 = E2 = 6; G2 = 2 (10 ln(10/6) + 2 ln(2/6)) = 5.822...
    assertThat(Trending.g2(10, 2, 1000, 1000)).isCloseTo(5.8221, within(1e-3));
    assertThat(Trending.g2(0, 0, 10, 10)).isZero();
    assertThat(Trending.g2(5, 5, 100, 100)).isCloseTo(0, within(1e-12));
  }

  @Test
  void aBigRiseOutranksASmallOneWithTheSameRatio() {
    List<Trending.Trend> trends =
        Trending.rising(
            Map.of("refund", 120L, "saree", 3L, "delivery", 50L, "বাজারলি", 9L),
            1_000,
            Map.of("refund", 40L, "saree", 1L, "delivery", 50L),
            1_000,
            3,
            0);
    assertThat(trends)
        .extracting(Trending.Trend::term)
        .containsExactly("refund", "বাজারলি", "saree");
    assertThat(trends.get(0).lift()).isCloseTo(3.0, within(1e-9));
    assertThat(trends.get(1).lift()).isInfinite();
  }

  @Test
  void significanceAndMinimumCountFilter() {
    Map<String, Long> now = Map.of("late", 30L, "rare", 2L);
    Map<String, Long> before = Map.of("late", 10L);
    assertThat(Trending.rising(now, 500, before, 500, 3, Trending.SIGNIFICANT))
        .extracting(Trending.Trend::term)
        .containsExactly("late");
    assertThat(Trending.rising(now, 0, before, 500, 1, 0)).isEmpty();
  }

  @Test
  void aTermTheBaselineNeverHadIsNewNotInfinitelyLifted() {
    List<Trending.Trend> trends =
        Trending.rising(Map.of("ইলিশ", 6L, "refund", 30L), 200, Map.of("refund", 10L), 400, 3, 0);
    assertThat(trends).extracting(Trending.Trend::liftLabel).containsExactly("6.0×", "new");
    assertThat(trends.get(1).isNew()).isTrue();
    assertThat(trends.get(1).liftLabel()).doesNotContain("Infinity");
  }

  @ParameterizedTest
  @CsvSource({"0, 3", "12, 3", "300, 3", "301, 4", "1000, 10", "25000, 250"})
  void minimumSupportIsThreePostsOrOnePercent(long posts, long least) {
    assertThat(Trending.minSupport(posts)).isEqualTo(least);
  }
}
