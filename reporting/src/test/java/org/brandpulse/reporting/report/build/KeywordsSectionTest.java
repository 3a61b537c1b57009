package org.brandpulse.reporting.report.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brandpulse.reporting.chart.BarChart;
import org.brandpulse.reporting.chart.DataTable;
import org.brandpulse.reporting.report.Block;
import org.brandpulse.reporting.report.Section;
import org.junit.jupiter.api.Test;

class KeywordsSectionTest {

  private static final KeywordsSection.Counts BASELINE =
      new KeywordsSection.Counts(
          Map.of("delivery", 40L, "bazarly", 400L, "की", 2L, "refund", 12L),
          400,
          Set.of("en", "bn"));

  private static Section build(Map<String, Long> terms, long posts, String... languages) {
    return KeywordsSection.build(
        new KeywordsSection.Counts(terms, posts, Set.of(languages)),
        BASELINE,
        4,
        Set.of("Bazarly", "@bazarly_help"));
  }

  private static DataTable rising(Section s) {
    return ((Block.Table) s.blocks().get(0)).table();
  }

  private static BarChart frequent(Section s) {
    return (BarChart) ((Block.Chart) s.blocks().get(s.blocks().size() - 1)).chart();
  }

  @Test
  void stopWordsOfThePostsLanguagesAreLeftOutOfAnOldStoresCounts() {
    Section s =
        build(
            Map.of("की", 30L, "पर", 25L, "की रेंज", 9L, "রেঞ্জ", 12L, "थेके", 3L, "থেকে", 20L),
            100,
            "hi",
            "bn");
    assertThat(rising(s).rows()).extracting(r -> r.get(0)).containsExactly("রেঞ্জ", "थेके");
    assertThat(frequent(s).categories()).containsExactly("রেঞ্জ", "थेके");
  }

  @Test
  void aTermTheBaselineNeverHadIsNewAndNeedsMinimumSupport() {
    // 1 % of 800 posts is 8: "ইলিশ" in 9 posts rises, "saree" in 5 does not
    Section s = build(Map.of("ইলিশ", 9L, "saree", 5L, "refund", 80L, "delivery", 80L), 800, "en");
    assertThat(rising(s).header())
        .containsExactly("Keyword", "Posts", "Baseline posts", "G²", "Lift");
    assertThat(rising(s).rows())
        .containsExactly(
            List.of("refund", "80", "12", "20.0", "3.3×"), List.of("ইলিশ", "9", "0", "7.3", "new"));
  }

  @Test
  void theBrandsOwnNameIsNoKeyword() {
    Section s = build(Map.of("bazarly", 100L, "bazarly_help", 4L, "delivery", 10L), 100, "en");
    assertThat(frequent(s).categories()).containsExactly("delivery");
    assertThat(frequent(s).table().header()).containsExactly("Keyword", "Posts");
  }

  @Test
  void noRiseIsSaidWithTheThresholds() {
    Section s = build(Map.of("delivery", 10L), 100, "en");
    assertThat(((Block.Note) s.blocks().get(0)).text())
        .isEqualTo(
            "No keyword in 3 posts or more rose significantly (G² ≥ 6.63) against the 4 periods"
                + " before.");
  }

  @Test
  void withoutPostsTheSectionSaysWhy() {
    assertThat(build(Map.of(), 0).absentReason()).isEqualTo("no posts in the period");
    Section noBaseline =
        KeywordsSection.build(
            new KeywordsSection.Counts(Map.of("x", 3L), 3, Set.of()),
            new KeywordsSection.Counts(Map.of(), 0, Set.of()),
            4,
            Set.of());
    assertThat(noBaseline.absentReason())
        .isEqualTo("no posts in the 4 periods before to compare with");
  }
}
